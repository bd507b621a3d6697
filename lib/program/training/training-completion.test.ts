import { describe, expect, it } from 'vitest';
import { summarizeTrainingCompletion } from './training-completion';

describe('training completion', () => {
  it('expects every trainee to complete every required module', () => {
    expect(summarizeTrainingCompletion({ requiredModules: 3, trainees: 4, completed: 11 })).toEqual({
      requiredModules: 3,
      trainees: 4,
      completed: 11,
      expected: 12,
      ratio: '0.9167',
      complete: false,
    });
    expect(summarizeTrainingCompletion({ requiredModules: 3, trainees: 4, completed: 12 })).toMatchObject({
      ratio: '1.0000',
      complete: true,
    });
  });

  it('is not complete with no trainees or no required modules', () => {
    expect(summarizeTrainingCompletion({ requiredModules: 0, trainees: 4, completed: 0 })).toMatchObject({
      expected: 0,
      ratio: '0',
      complete: false,
    });
    expect(summarizeTrainingCompletion({ requiredModules: 2, trainees: 0, completed: 0 }).complete).toBe(
      false,
    );
  });
});
