/**
 * The screens and their addresses. Every page is its own chunk, loaded when first visited, so
 * the sign-in page does not pay for the grid, the charts or the admin screens.
 */
import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { AppLayout } from '../components/app-layout.js';
import { PageLoading } from '../components/page-loading.js';
import { RouteError } from '../components/route-error.js';

/** Lazy route of a module's named component. */
function page<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): () => Promise<{ Component: ComponentType }> {
  return async () => ({ Component: (await load())[name] });
}

export const router = createBrowserRouter([
  {
    path: '/login',
    lazy: page(() => import('../pages/sign-in-page.js'), 'SignInPage'),
    errorElement: <RouteError />,
    HydrateFallback: PageLoading,
  },
  {
    path: '/public',
    errorElement: <RouteError />,
    HydrateFallback: PageLoading,
    children: [
      { index: true, lazy: page(() => import('../pages/public/public-page.js'), 'PublicPage') },
      {
        path: ':id',
        lazy: page(() => import('../pages/public/public-table-page.js'), 'PublicTablePage'),
      },
    ],
  },
  {
    path: '/survey/:token',
    lazy: page(() => import('../pages/survey/survey-page.js'), 'SurveyPage'),
    errorElement: <RouteError />,
    HydrateFallback: PageLoading,
  },
  {
    path: '/projects/:id/print/:form',
    lazy: page(() => import('../pages/print/print-page.js'), 'PrintPage'),
    errorElement: <RouteError />,
    HydrateFallback: PageLoading,
  },
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    HydrateFallback: PageLoading,
    children: [
      {
        index: true,
        lazy: page(() => import('../pages/dashboard/dashboard-page.js'), 'DashboardPage'),
      },
      {
        path: 'projects',
        lazy: page(() => import('../pages/projects/projects-page.js'), 'ProjectsPage'),
      },
      {
        path: 'projects/:id/:tab?',
        lazy: page(() => import('../pages/project/project-page.js'), 'ProjectPage'),
      },
      {
        path: 'import',
        lazy: page(() => import('../pages/import/import-page.js'), 'ImportPage'),
      },
      {
        path: 'admin/:tab?',
        lazy: page(() => import('../pages/admin/admin-page.js'), 'AdminPage'),
      },
      { path: '*', lazy: page(() => import('../pages/not-found-page.js'), 'NotFoundPage') },
    ],
  },
]);
