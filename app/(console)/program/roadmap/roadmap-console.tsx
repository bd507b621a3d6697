'use client';

import { useState } from 'react';
import { useCan } from '@/app/_components/permissions';
import { ProgramFrame } from '@/app/_components/program/program-frame';
import { useProgram } from '@/app/_components/program/use-program';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { graphql } from '@/app/_gql';
import { MilestoneEditor } from './milestone-editor';
import { MilestoneList } from './milestone-list';
import { Timeline } from './timeline';

const ROADMAP = graphql(`
  query Roadmap {
    program {
      id name
      phases { ...RoadmapPhaseSpan }
      milestones { ...RoadmapMilestone }
    }
  }
`);

/** The roadmap: phases on a timeline, and the milestones with owners, dependencies and health. */
export function RoadmapConsole() {
  const [refresh, setRefresh] = useState(0);
  const [creating, setCreating] = useState(false);
  const can = useCan();
  const state = useProgram(ROADMAP, undefined, refresh);
  const changed = () => setRefresh((n) => n + 1);

  return (
    <ProgramFrame
      title="Roadmap"
      description="Phases and milestones with owners, dependencies and health read from the evidence checks."
      state={state}
      writeOperation="saveMilestone"
      actions={
        can('saveMilestone') && !creating ? (
          <Button onClick={() => setCreating(true)}>New milestone</Button>
        ) : null
      }
    >
      {(program) => (
        <div className="space-y-6">
          <Card title="Timeline">
            <Timeline phases={program.phases} milestones={program.milestones} />
          </Card>
          {creating && (
            <Card title="New milestone">
              <MilestoneEditor
                programId={program.id}
                milestone={null}
                milestones={program.milestones}
                onDone={() => {
                  setCreating(false);
                  changed();
                }}
                onCancel={() => setCreating(false)}
              />
            </Card>
          )}
          <MilestoneList programId={program.id} milestones={program.milestones} onChanged={changed} />
        </div>
      )}
    </ProgramFrame>
  );
}
