import { Navigate, useNavigate } from 'react-router';
import { homeOf } from '../auth/roles';
import { useSession, useSessionActions } from '../auth/session';

/** /studio/ itself: each person starts on the page of their role. */
export function Home() {
  const person = useSession().data;
  return person ? <Navigate to={homeOf(person)} replace /> : null;
}

/** Roles whose pages (manufacturer, designer, operations) are not built yet. */
export function Welcome() {
  const person = useSession().data;
  const { signOut } = useSessionActions();
  const navigate = useNavigate();
  if (!person) return null;
  return (
    <div className="page-message">
      <h1>Welcome, {person.displayName || person.email}</h1>
      <p>
        You are signed in as {person.roles.join(', ') || 'a user without a role'}. The pages for your role are coming in a
        later release of AMSP Studio; until then, the platform's API serves you.
      </p>
      <button type="button" onClick={async () => { await signOut(); navigate('/sign-in'); }}>Sign out</button>
    </div>
  );
}
