// Routes of the app, below /studio/. Each feature folder owns its pages; the shell decides who may open them.
// Feature pages load on first visit, so the sign-in page does not wait for the canvas and the code editor.
import { createBrowserRouter, Navigate } from 'react-router';
import { SignInPage } from '../auth/SignInPage';
import { Home, Welcome } from '../shell/Home';
import { Layout } from '../shell/Layout';
import { RequireRole } from '../shell/RequireRole';
import { canDesign, canOperate } from '../auth/roles';
import { RouteError } from '../shell/RouteError';

export const router = createBrowserRouter(
  [
    { path: '/sign-in', element: <SignInPage /> },
    {
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Home /> },
        { path: 'welcome', element: <Welcome /> },
        {
          path: 'designer',
          element: <RequireRole allowed={canDesign} page="The workflow designer" who="analysts and administrators" />,
          children: [
            { index: true, lazy: async () => ({ Component: (await import('../designer/DefinitionsPage')).DefinitionsPage }) },
            { path: ':definitionId', lazy: async () => ({ Component: (await import('../designer/DesignerPage')).DesignerPage }) },
          ],
        },
        {
          path: 'instances',
          element: <RequireRole allowed={canOperate} page="The instance viewer" who="operators and administrators" />,
          children: [
            { index: true, lazy: async () => ({ Component: (await import('../instances/InstancesPage')).InstancesPage }) },
            { path: ':instanceId', lazy: async () => ({ Component: (await import('../instances/InstancePage')).InstancePage }) },
          ],
        },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ],
  { basename: '/studio' },
);
