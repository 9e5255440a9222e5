/** `GET /api/v1/public/config`: where the browser logs in. */
export interface PublicConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export interface Session {
  logout(): void;
}
