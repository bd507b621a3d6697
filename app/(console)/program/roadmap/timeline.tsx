import { formatDay } from '@/app/_components/format';
import { healthLabels, phaseLabels } from '@/app/_components/program/labels';
import { cn } from '@/app/_components/ui/cn';
import { graphql } from '@/app/_gql';
import type { Health, RoadmapMilestoneFragment, RoadmapPhaseSpanFragment } from '@/app/_gql/graphql';

/** A phase's span of days, as the timeline draws it. */
export const ROADMAP_PHASE_SPAN = graphql(`
  fragment RoadmapPhaseSpan on PhaseSpan { phase startsOn endsOn }
`);

const DAY = 86_400_000;
const markerColours: Record<Health, string> = {
  ON_TRACK: 'bg-emerald-500',
  AT_RISK: 'bg-amber-500',
  OFF_TRACK: 'bg-red-600',
};

/** Days since the epoch of a `Date` scalar, so positions never shift with the browser's zone. */
function dayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1) / DAY;
}

/** First days of the months in [from, to] that `fits` (room for a label), labelled. */
function monthStarts(
  from: number,
  to: number,
  fits: (day: number) => boolean,
): { day: number; label: string }[] {
  const start = new Date(from * DAY);
  const months: { day: number; label: string }[] = [];
  for (let cursor = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1); cursor / DAY <= to; ) {
    const date = new Date(cursor);
    // The year only where it changes, so "Jan 2027" cannot be read as the 27th.
    const withYear = months.length === 0 || date.getUTCMonth() === 0;
    months.push({
      day: cursor / DAY,
      label: new Intl.DateTimeFormat(undefined, {
        month: 'short',
        year: withYear ? 'numeric' : undefined,
        timeZone: 'UTC',
      }).format(date),
    });
    cursor = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  }
  return months.filter((month) => fits(month.day));
}

/**
 * The phases as bars on a date axis with the milestones as markers on their phase's row,
 * coloured by health; a line marks today.
 */
export function Timeline({
  phases,
  milestones,
}: {
  phases: RoadmapPhaseSpanFragment[];
  milestones: RoadmapMilestoneFragment[];
}) {
  const days = [
    ...phases.flatMap((span) => [dayNumber(span.startsOn), dayNumber(span.endsOn)]),
    ...milestones.map((milestone) => dayNumber(milestone.dueOn)),
  ];
  if (days.length === 0) return <p className="text-sm text-slate-500">The roadmap has no phases yet.</p>;
  const from = Math.min(...days) - 3;
  const to = Math.max(...days) + 3;
  const at = (day: number) => `${((day - from) / (to - from)) * 100}%`;
  const now = Date.now() / DAY;
  const todayInRange = now >= from && now <= to;

  return (
    <div className="overflow-x-auto" data-testid="timeline">
      <div className="min-w-[720px]">
        <div className="relative ml-36 h-6 border-b border-slate-200 text-[11px] text-slate-500">
          {monthStarts(from, to, (day) => (day - from) / (to - from) < 0.96).map((month) => (
            <span
              key={month.day}
              className="absolute top-0 -translate-x-1/2 whitespace-nowrap"
              style={{ left: at(month.day) }}
            >
              {month.label}
            </span>
          ))}
        </div>
        <div className="relative">
          {phases.map((span) => {
            const inPhase = milestones.filter((milestone) => milestone.phase === span.phase);
            return (
              <div key={span.phase} className="flex h-9 items-center border-b border-slate-100">
                <span className="w-36 shrink-0 truncate pr-2 text-xs font-medium text-slate-700">
                  {phaseLabels[span.phase]}
                </span>
                <div className="relative h-full flex-1">
                  <div
                    className="absolute top-2.5 h-4 rounded bg-brand-100 ring-1 ring-brand-500/30 ring-inset"
                    style={{
                      left: at(dayNumber(span.startsOn)),
                      width: `calc(${at(dayNumber(span.endsOn))} - ${at(dayNumber(span.startsOn))})`,
                    }}
                    title={`${phaseLabels[span.phase]}: ${formatDay(span.startsOn)} → ${formatDay(span.endsOn)}`}
                  />
                  {inPhase.map((milestone) => (
                    <span
                      key={milestone.id}
                      className={cn(
                        'absolute top-2.5 size-4 -translate-x-1/2 rotate-45 rounded-sm ring-2 ring-white',
                        milestone.status === 'DONE' ? 'bg-slate-400' : markerColours[milestone.health],
                      )}
                      style={{ left: at(dayNumber(milestone.dueOn)) }}
                      title={`${milestone.title} · due ${formatDay(milestone.dueOn)} · ${
                        milestone.status === 'DONE' ? 'done' : healthLabels[milestone.health].toLowerCase()
                      }${milestone.healthReasons.length > 0 ? `\n${milestone.healthReasons.join('\n')}` : ''}`}
                    />
                  ))}
                </div>
              </div>
            );
          })}
          {todayInRange && (
            <div
              className="pointer-events-none absolute top-0 bottom-0 ml-36 w-px"
              style={{ left: `calc((100% - 9rem) * ${(now - from) / (to - from)})` }}
            >
              <div className="h-full w-px bg-red-400" title="Today" />
            </div>
          )}
        </div>
        <p className="mt-2 ml-36 flex flex-wrap gap-x-4 text-[11px] text-slate-500">
          <span>◆ milestone: green on track, amber at risk, red off track, grey done</span>
          <span className="text-red-500">| today</span>
        </p>
      </div>
    </div>
  );
}
