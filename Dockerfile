# syntax=docker/dockerfile:1
# Xiezuo (协作): one image with the GraphQL server and the built web app.
#   docker build -t xiezuo .
#   docker run -p 4000:4000 -e TOKEN_SECRET=$(openssl rand -hex 32) -e PII_SECRET=$(openssl rand -hex 32) -e DATABASE_URL=postgres://… xiezuo
# or, with PostgreSQL beside it: docker compose up --build (see docker-compose.yml).

# ---- build: install everything, compile server (tsc) and web (vite), then drop dev dependencies ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
# The lockfile is written by npm 11 (as on the developers' machines and CI); install with the same major.
RUN npm install -g npm@11 --loglevel=error
# Manifests first, so the dependency layer is cached until they change.
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --loglevel=error
COPY . .
RUN npm run build \
 && npm prune --omit=dev --loglevel=error \
 && rm -rf server/src web/src web/node_modules/.vite

# ---- runtime: compiled output and production dependencies only, as the unprivileged `node` user ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    WEB_DIST=/app/web/dist \
    DATA_DIR=/app/.data/pglite
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
# The whole server folder: package.json, dist/ and a server/node_modules if npm did not hoist everything.
COPY --from=build /app/server ./server
COPY --from=build /app/web/package.json ./web/package.json
COPY --from=build /app/web/dist ./web/dist
COPY --from=build /app/schema ./schema
# DATA_DIR is used only without DATABASE_URL (the embedded database); mount a volume there to keep it.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server/dist/main.js"]
