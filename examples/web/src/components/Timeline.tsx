import type { TimelineEventFieldsFragment } from '@hub/sdk';
import { AGENCIES, chinaTime, label } from '../labels';
import { BiLabel } from './Bi';

const LEGEND = ['POLICE', 'PROCURATORATE', 'COURT', 'JUSTICE'] as const;

/** Which colour means which agency; the colours are the CSS variables --police, --procuratorate… */
export function AgencyLegend() {
  return (
    <ul className="legend" aria-label="legend">
      {LEGEND.map((agency) => (
        <li key={agency} data-agency={agency}>
          <span className="swatch" aria-hidden="true" />
          <BiLabel value={label(AGENCIES, agency)} />
        </li>
      ))}
    </ul>
  );
}

/** A case's events across the agencies, oldest first, on a vertical line coloured by agency. */
export function Timeline({ events }: { events: readonly TimelineEventFieldsFragment[] }) {
  return (
    <ol className="timeline" id="timeline">
      {events.map((event, index) => (
        <li className="event" data-agency={event.agency} data-type={event.type} key={`${event.at}/${event.type}/${index}`}>
          <span className="dot" aria-hidden="true" />
          <div className="event-body">
            <p className="event-meta">
              <time dateTime={event.at}>{chinaTime(event.at)}</time>
              <span className="agency-tag">
                <BiLabel value={label(AGENCIES, event.agency)} />
              </span>
            </p>
            <p className="event-title">{event.title}</p>
            {event.documentNumber && <p className="event-doc mono">{event.documentNumber}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
