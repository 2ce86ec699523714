import { Link, Outlet } from 'react-router';
import { homeOf, type Person } from '../auth/roles';
import { useSession } from '../auth/session';

/** Shows its pages to the roles that may use them, and tells anyone else plainly. */
export function RequireRole({ allowed, page, who }: { allowed: (p: Person) => boolean; page: string; who: string }) {
  const person = useSession().data;
  if (!person) return null;
  if (allowed(person)) return <Outlet />;
  return (
    <div className="page-message" role="alert">
      <h1>Not available for your role</h1>
      <p>{page} is for {who}. You are signed in as {person.roles.join(', ') || 'a user without a role'}.</p>
      <Link to={homeOf(person)}>Go to your start page</Link>
    </div>
  );
}
