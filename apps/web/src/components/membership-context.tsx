import { api } from "../lib/data";
import { formatDateRange } from "../lib/format";
import { urls } from "../lib/urls";

/** Was Kazakhstan a Council member on this date, in which term, at which session. */
export function MembershipContext({ date, session }: { date: string; session?: string }) {
  const context = api.membershipContext(date);
  const term = context.term;
  const termLink = term ? (
    <a href={urls.record("membership-term", term.id)}>the {formatDateRange(term.start, term.end)} term</a>
  ) : null;
  return (
    <aside className="membership" aria-label="Membership context">
      <p>
        {context.status === "member" ? (
          <>
            <strong>Kazakhstan was a member of the Council</strong> on this date, in {termLink}.
          </>
        ) : context.status === "uncertain" ? (
          <>
            The date is not precise enough to tell whether Kazakhstan was a member: it overlaps the start or end of{" "}
            {termLink}.
          </>
        ) : (
          <>Kazakhstan was not a member of the Council on this date.</>
        )}{" "}
        {session ? <>Session: {session}.</> : null}
      </p>
    </aside>
  );
}
