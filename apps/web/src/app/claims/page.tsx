import type { Metadata } from "next";
import { ClaimsIndex } from "../../components/claims-index";
import { pageMetadata } from "../../lib/metadata";
import { urls } from "../../lib/urls";

export const metadata: Metadata = pageMetadata(
  "Claims and assessments",
  "Officials' claims about Kazakhstan's human rights record beside the independent assessments that support, contradict or give context to them.",
  urls.claims(),
);

export default function ClaimsPage() {
  return <ClaimsIndex />;
}
