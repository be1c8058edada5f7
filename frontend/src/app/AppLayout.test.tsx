import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { AppProvider } from './provider';
import { routes } from './routes';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return router;
}

describe('app shell', () => {
  it('shows the product name and every menu entry, and sends / to 组织', async () => {
    const router = renderAt('/');

    expect(await screen.findByText('branchbook 党建台账')).toBeTruthy();
    // A menu item's accessible name is its icon's aria-label followed by the label.
    for (const label of ['总览', '组织', '党员', '组织关系转接', '党费', '三会一课']) {
      expect(screen.getByRole('menuitem', { name: new RegExp(`^\\S*\\s*${label}$`) })).toBeTruthy();
    }
    expect(router.state.location.pathname).toBe('/organizations');
  });

  it('tells honestly that an unbuilt feature is not available yet', async () => {
    const router = renderAt('/organizations');

    await userEvent.click(screen.getByRole('link', { name: '党费' }));

    expect(router.state.location.pathname).toBe('/dues');
    expect(await screen.findByText('该功能尚未开放，将在后续版本提供')).toBeTruthy();
  });
});
