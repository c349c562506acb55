// The entry: small on purpose. It starts the first screen's requests (boot/prefetch.ts), then
// loads the app (app/start.tsx), so the requests and the app's download and compilation overlap.
import { startPrefetch } from "./boot/prefetch";
import "./styles/app.css";
import "./styles/phone.css";

startPrefetch(window.location.pathname);
void import("./app/start");
