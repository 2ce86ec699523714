// Routes of the app, below /studio/. Each feature folder owns its pages; the shell decides who may open them.
// Feature pages load on first visit, so the sign-in page does not wait for the canvas and the code editor.
import { createBrowserRouter, Navigate } from 'react-router';
import { SignInPage } from '../auth/SignInPage';
import { Home, Welcome } from '../shell/Home';
import { Layout } from '../shell/Layout';
import { RequireRole } from '../shell/RequireRole';
import { canDesign, canInspect, canManage, canOperate, canOrder } from '../auth/roles';
import { RouteError } from '../shell/RouteError';

export const router = createBrowserRouter(
  [
    { path: '/sign-in', element: <SignInPage /> },
    // Public: a certificate is checked by anyone who holds one, without an account.
    { path: '/verify/:code?', lazy: async () => ({ Component: (await import('../verify/VerifyPage')).VerifyPage }) },
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
        {
          path: 'operations',
          element: <RequireRole allowed={canOperate} page="Operations" who="operators and administrators" />,
          children: [
            { index: true, lazy: async () => ({ Component: (await import('../operations/OperationsPage')).OperationsPage }) },
          ],
        },
        {
          path: 'orders',
          element: <RequireRole allowed={canOrder} page="Orders" who="customers" />,
          children: [
            { index: true, lazy: async () => ({ Component: (await import('../orders/OrdersPage')).OrdersPage }) },
            { path: 'new', lazy: async () => ({ Component: (await import('../orders/NewOrderPage')).NewOrderPage }) },
            { path: ':orderNumber', lazy: async () => ({ Component: (await import('../orders/OrderPage')).OrderPage }) },
          ],
        },
        {
          path: 'inspections',
          element: <RequireRole allowed={canInspect} page="Inspections" who="quality inspectors" />,
          children: [
            { index: true, lazy: async () => ({ Component: (await import('../inspections/InspectionsPage')).InspectionsPage }) },
            { path: ':orderNumber', lazy: async () => ({ Component: (await import('../inspections/InspectionPage')).InspectionPage }) },
          ],
        },
        {
          path: 'centre',
          element: <RequireRole allowed={canManage} page="The AM centre's pages" who="manufacturers" />,
          children: [
            { index: true, lazy: async () => ({ Component: (await import('../centre/CentrePage')).CentrePage }) },
            { path: 'materials', lazy: async () => ({ Component: (await import('../centre/MaterialsPage')).MaterialsPage }) },
            { path: 'prices', lazy: async () => ({ Component: (await import('../centre/PricesPage')).PricesPage }) },
          ],
        },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ],
  { basename: '/studio' },
);
