/** The few browser navigation calls the app makes, in one object so tests can observe them. */
export const browser = {
  assign(url: string): void {
    window.location.assign(url);
  },
  /** Navigates by submitting an empty form with POST (the gateway ends sessions only on POST). */
  post(url: string): void {
    const form = document.createElement('form');
    form.method = 'POST';
    form.action = url;
    form.style.display = 'none';
    document.body.appendChild(form);
    form.submit();
  },
  currentPath(): string {
    return window.location.pathname + window.location.search + window.location.hash;
  },
};

/** Where the gateway starts the Keycloak login; it sends the browser back to `redirect` afterwards. */
export function loginUrl(redirect: string): string {
  return `/login?redirect=${encodeURIComponent(redirect || '/')}`;
}

export function redirectToLogin(): void {
  browser.assign(loginUrl(browser.currentPath()));
}

/** The gateway ends the session (and Keycloak's) and returns to `/`; POST only, so no link can log anyone out. */
export function logout(): void {
  browser.post('/logout');
}
