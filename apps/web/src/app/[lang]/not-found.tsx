// The 404 page inside the site frame, in the request's language.
import { NotFoundBody } from "@/components/NotFoundBody";
import { requestLang } from "@/components/request";

export default async function NotFound() {
  return <NotFoundBody lang={await requestLang()} />;
}
