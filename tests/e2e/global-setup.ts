// Starts nginx (the production configuration) and the partner-site server; returns their teardown.
import { startNginx } from "../../tooling/delivery/nginx.ts";
import { NO_NGINX_MESSAGE, PORT, SERVED_BY_NGINX, startThirdParty } from "./support/servers.ts";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const nginx = SERVED_BY_NGINX ? await startNginx(PORT) : undefined;
  if (nginx) console.log(`nginx pid ${nginx.pid} serves dist/ at ${nginx.url}/ (errors print here)`);
  else console.warn(NO_NGINX_MESSAGE);
  // If the partner server cannot start (its port is taken), stop nginx too: nothing else would.
  const thirdParty = await startThirdParty().catch(async (error: unknown) => {
    await nginx?.stop();
    throw error;
  });
  return async () => {
    await new Promise<void>((r) => thirdParty.close(() => r()));
    await nginx?.stop();
  };
}
