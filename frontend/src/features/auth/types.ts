import type { Schemas } from '../../api/schemas';

/** `GET /api/v1/public/config`: where the browser logs in. */
export type PublicConfig = Schemas['PublicConfigController.PublicConfig'];

export interface Session {
  logout(): void;
  /** 修改密码: Keycloak's own form (an application-initiated action), then back to 个人中心. */
  changePassword(): void;
}
