import { Link, useRouteError } from 'react-router';
import { ProblemBox } from './ProblemBox';

export function RouteError() {
  const error = useRouteError();
  return (
    <div className="page-message" role="alert">
      <h1>This page failed</h1>
      <ProblemBox error={error} />
      <Link to="/">Back to the start page</Link>
    </div>
  );
}
