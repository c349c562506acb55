import { Link } from "react-router";
import { paths } from "../app/routes";
import { t } from "../i18n";

export function NotFound() {
  return (
    <section className="page narrow">
      <h1>{t.app.notFound}</h1>
      <p>
        <Link to={paths.home()}>{t.app.backHome}</Link>
      </p>
    </section>
  );
}
