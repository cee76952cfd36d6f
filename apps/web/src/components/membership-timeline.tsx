import { api } from "../lib/data";
import { formatDate, formatDateRange } from "../lib/format";
import { urls } from "../lib/urls";

const WIDTH = 1000;
const LEFT = 20;
const RIGHT = 980;

/** The first and last year the chart shows: the Council's creation to the latest record. */
export function chartYears(dates: readonly string[], now = new Date().getUTCFullYear()): [number, number] {
  const years = dates.map((d) => Number(d.slice(0, 4))).filter(Number.isFinite);
  return [2006, Math.max(now, ...years)];
}

/**
 * Kazakhstan's membership terms and UPR reviews on one bar from 2006 on: an SVG for
 * sighted readers, and the same facts as lists right below it (its text equivalent).
 */
export function MembershipTimeline() {
  const terms = api.listMembershipTerms();
  const reviews = api.listUprReviews().filter((r) => r.reviewDate);
  const [first, last] = chartYears([
    ...terms.map((t) => t.end),
    ...reviews.flatMap((r) => (r.reviewDate ? [r.reviewDate] : [])),
  ]);
  const span = last + 1 - first;
  const x = (date: string) => {
    const [y = first, m = 1, d = 1] = date.split("-").map(Number);
    return LEFT + ((y - first + (m - 1) / 12 + (d - 1) / 365) / span) * (RIGHT - LEFT);
  };
  const endX = (date: string) => (date.length === 4 ? x(`${Number(date) + 1}`) : x(date));
  const ticks = Array.from({ length: span + 1 }, (_, i) => first + i).filter(
    (y) => (y - first) % 4 === 0 || (y === last + 1 && span % 4 >= 2),
  );
  return (
    <figure className="timeline-figure">
      <svg
        className="timeline-svg"
        viewBox={`0 0 ${WIDTH} 130`}
        role="img"
        aria-label={`Membership terms and UPR reviews of Kazakhstan, ${first} to ${last}; the same facts are listed below the chart.`}
      >
        <line className="axis" x1={LEFT} x2={RIGHT} y1={50} y2={50} strokeWidth={2} />
        {ticks.map((y) => (
          <g key={y}>
            <line className="axis" x1={x(String(y))} x2={x(String(y))} y1={44} y2={56} strokeWidth={2} />
            {/* Room below the marks for year labels that globals.css enlarges on narrow screens, where the chart shrinks. */}
            <text x={x(String(y))} y={124} textAnchor="middle" fontSize={22}>
              {y}
            </text>
          </g>
        ))}
        {terms.map((t) => (
          <rect
            key={t.id}
            className="term"
            x={x(t.start)}
            width={Math.max(4, endX(t.end) - x(t.start))}
            y={20}
            height={26}
            rx={3}
          />
        ))}
        {reviews.map((r) => (
          <rect key={r.id} className="upr" x={x(r.reviewDate ?? "") - 3} width={6} y={54} height={24} />
        ))}
      </svg>
      <figcaption>
        <ul className="legend" aria-hidden="true">
          <li>
            <span className="swatch swatch--term" /> Council membership term
          </li>
          <li>
            <span className="swatch swatch--upr" /> UPR review
          </li>
        </ul>
        <div className="side-by-side">
          <div>
            <h3>Membership terms</h3>
            {terms.length ? (
              <ul>
                {terms.map((t) => (
                  <li key={t.id}>
                    <a href={urls.record("membership-term", t.id)}>{formatDateRange(t.start, t.end)}</a>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No membership term is in the record yet.</p>
            )}
          </div>
          <div>
            <h3>UPR reviews</h3>
            {api.listUprReviews().length ? (
              <ul>
                {api.listUprReviews().map((r) => (
                  <li key={r.id}>
                    <a href={urls.record("upr-review", r.id)}>Cycle {r.cycle}</a>
                    {r.reviewDate ? `: reviewed ${formatDate(r.reviewDate)}` : ""}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No UPR review is in the record yet.</p>
            )}
          </div>
        </div>
      </figcaption>
    </figure>
  );
}
