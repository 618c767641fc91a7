// Any address no route matches gets the language's own 404 page.
import { notFound } from "next/navigation";

export default function Missing() {
  notFound();
}
