// The entry: small on purpose. It starts the first screen's requests (boot/prefetch.ts) and the
// reader's dictionary (i18n/load.ts), then loads the app (app/start.tsx), so the requests and the
// app's download and compilation overlap.
import { startPrefetch } from "./boot/prefetch";
import { loadDictionary } from "./i18n/load";
import { chooseLanguage } from "./i18n/locale";
import "./styles/app.css";
import "./styles/phone.css";

startPrefetch(window.location.pathname);
void loadDictionary(chooseLanguage());
void import("./app/start");
