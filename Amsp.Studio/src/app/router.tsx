// Routes of the app, below /studio/. Each feature folder owns its pages; the shell decides who may open them.
import { createBrowserRouter, Navigate } from 'react-router';
import { SignInPage } from '../auth/SignInPage';
import { DefinitionsPage } from '../designer/DefinitionsPage';
import { DesignerPage } from '../designer/DesignerPage';
import { InstancePage } from '../instances/InstancePage';
import { InstancesPage } from '../instances/InstancesPage';
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
            { index: true, element: <DefinitionsPage /> },
            { path: ':definitionId', element: <DesignerPage /> },
          ],
        },
        {
          path: 'instances',
          element: <RequireRole allowed={canOperate} page="The instance viewer" who="operators and administrators" />,
          children: [
            { index: true, element: <InstancesPage /> },
            { path: ':instanceId', element: <InstancePage /> },
          ],
        },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ],
  { basename: '/studio' },
);
