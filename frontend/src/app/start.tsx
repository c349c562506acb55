// The app proper, loaded by main.tsx once the first requests are on their way.
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { isApiError, readRetries } from "../api/client";
import { keys } from "../api/keys";
import { documentQuery, meQuery } from "../api/queries";
import { routes } from "./routes";

// A 401 anywhere means the session ended: forget who was signed in, and RequireSignIn sends the
// person to sign in (and back to where they were).
function signedOutOn401(error: unknown) {
  if (isApiError(error) && error.status === 401 && queryClient.getQueryData(keys.me)) {
    queryClient.setQueryData(keys.me, null);
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: signedOutOn401 }),
  mutationCache: new MutationCache({ onError: signedOutOn401 }),
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      ...readRetries,
      refetchOnWindowFocus: true,
    },
  },
});

// The document a deep link shows is read at once, beside who is signed in (both were requested
// by boot/prefetch.ts while this code loaded): the page finds them in the cache.
void queryClient.prefetchQuery(meQuery());
const deepLink = /^\/documents\/(\d+)(?:\/|$)/.exec(window.location.pathname);
if (deepLink) void queryClient.prefetchQuery(documentQuery(Number(deepLink[1])));

const router = createBrowserRouter(routes);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
