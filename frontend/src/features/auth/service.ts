import Keycloak from 'keycloak-js';
import { apiGet, configureApiAuth } from '../../api/client';
import type { PublicConfig, Session } from './types';

/** Seconds of validity a token must still have when sent; shorter-lived tokens are refreshed first. */
const MIN_VALIDITY_SECONDS = 30;

async function startSession(): Promise<Session> {
  const config = await apiGet<PublicConfig>('/api/v1/public/config');
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  const relogin = () => void keycloak.login();
  keycloak.onTokenExpired = () => {
    keycloak.updateToken(MIN_VALIDITY_SECONDS).catch(relogin);
  };
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
  configureApiAuth({
    async token() {
      try {
        await keycloak.updateToken(MIN_VALIDITY_SECONDS);
      } catch (error) {
        relogin();
        throw error;
      }
      return keycloak.token ?? '';
    },
    relogin,
  });
  return {
    logout: () => void keycloak.logout({ redirectUri: `${window.location.origin}/` }),
    changePassword: () => void keycloak.login({ action: 'UPDATE_PASSWORD', redirectUri: `${window.location.origin}/profile` }),
  };
}

let session: Promise<Session> | undefined;

/**
 * Logs in once per page load (keycloak-js may be initialized only once, and React runs effects twice in
 * development). With `login-required` an anonymous visitor is sent to the Keycloak login page.
 */
export function authenticate(): Promise<Session> {
  session ??= startSession();
  return session;
}
