/** A labelled progress bar (0–1) with what is happening, announced politely to screen readers. */
export function ProgressBar({ label, value, phase }: { label: string; value: number; phase?: string }) {
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div className="progress">
      <div className="progress__label">
        <span id="progress-label">{label}</span> <span aria-hidden="true">{percent} %</span>
      </div>
      <div className="progress__track" role="progressbar" aria-labelledby="progress-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
      {phase ? (
        <p className="progress__phase" aria-live="polite">
          {phase}
        </p>
      ) : null}
    </div>
  );
}
