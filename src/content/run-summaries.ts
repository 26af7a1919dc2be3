/** The training settings each committed run recorded (demos/runs/<run>/summary.json, written by demos/train.py). */
export interface RunSettings {
  steps: number;
  length: number;
  base_length: number;
  probe_loss_weight: number;
  init_from: string;
  /** the PE module's JSON config, e.g. '{"factor": 4}' */
  config: string;
  drill_fraction?: number;
  drill_steps?: number;
  drill_max_digits?: number;
}

const summaries = import.meta.glob<{ settings: RunSettings }>('../../demos/runs/*/summary.json', { eager: true, import: 'default' });

export function runSettings(run: string): RunSettings {
  const summary = summaries[`../../demos/runs/${run}/summary.json`];
  if (!summary) throw new Error(`no demos/runs/${run}/summary.json`);
  return summary.settings;
}
