// The frame of every page: the bar with the pages the person's roles open, and who is signed in.
import { useEffect } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { whenSignedOut } from '../api/client';
import { canDesign, canInspect, canManage, canOperate, canOrder } from '../auth/roles';
import { useSession, useSessionActions } from '../auth/session';
import { ProblemBox } from './ProblemBox';

export function Layout() {
  const session = useSession();
  const actions = useSessionActions();
  const location = useLocation();
  const navigate = useNavigate();

  useEffect(() => whenSignedOut(() => actions.signedOut()), [actions]);

  if (session.isPending) return <div className="page-message" role="status">Loading…</div>;
  if (session.isError) return <div className="page-message"><ProblemBox error={session.error} /></div>;
  const person = session.data;
  if (!person) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;

  return (
    <div className="app">
      <header className="app-bar">
        <NavLink to="/" className="brand" aria-label="AMSP Studio, home">
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={22} height={22} />
          AMSP Studio
        </NavLink>
        <nav aria-label="Pages">
          {canDesign(person) && <NavLink to="/designer">Designer</NavLink>}
          {canOperate(person) && <NavLink to="/operations">Operations</NavLink>}
          {canOperate(person) && <NavLink to="/instances">Instances</NavLink>}
          {canOrder(person) && <NavLink to="/orders">Orders</NavLink>}
          {canInspect(person) && <NavLink to="/inspections">Inspections</NavLink>}
          {canManage(person) && <NavLink to="/centre" end>AM centre</NavLink>}
          {canManage(person) && <NavLink to="/centre/materials">Materials</NavLink>}
          {canManage(person) && <NavLink to="/centre/prices">Prices</NavLink>}
        </nav>
        <div className="who">
          <span title={person.roles.join(', ')}>{person.displayName || person.email} · {person.roles.join(', ')}</span>
          <button type="button" className="link" onClick={async () => { await actions.signOut(); navigate('/sign-in'); }}>Sign out</button>
        </div>
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
