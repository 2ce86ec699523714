import { ApiError } from '../api/client';

/** An error as a person reads it: the API's problem title and detail, or the message. */
export function ProblemBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const title = error instanceof ApiError ? error.title : 'Something went wrong';
  const detail = error instanceof ApiError ? error.detail : error instanceof Error ? error.message : String(error);
  return (
    <div className="problem" role="alert">
      <strong>{title}</strong>
      {detail && <p>{detail}</p>}
      {onRetry && <button type="button" onClick={onRetry}>Try again</button>}
    </div>
  );
}
