import { DataChangelog } from "../../../components/data-changelog";
import { pageMetadata } from "../../../lib/metadata";
import { urls } from "../../../lib/urls";

export const metadata = pageMetadata(
  "Data changelog",
  "What changed in the record from one released dataset version to the next: records added, changed and removed, so that whoever cited a record can see what changed since.",
  urls.changelog(),
);

export default function ChangelogPage() {
  return <DataChangelog />;
}
