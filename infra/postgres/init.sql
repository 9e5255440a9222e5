-- Roles, databases and extensions of the Yingji platform (see docs/contracts.md).
-- Idempotent: the local launcher runs it on every `up`; docker-compose runs it once from
-- /docker-entrypoint-initdb.d. Uses only the psql subset infra/local/SqlRunner.java understands
-- (';' at line end, \connect, \gexec). Passwords are for the local demo only.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'yingji_owner') THEN
        CREATE ROLE yingji_owner;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'yingji_app') THEN
        CREATE ROLE yingji_app;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'yingji_indexer') THEN
        CREATE ROLE yingji_indexer;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'keycloak') THEN
        CREATE ROLE keycloak;
    END IF;
END
$$;

-- Re-assert the attributes every time, so a role created by hand earlier ends up as the contract says.
-- yingji_owner bypasses row-level security (migrations, tenant loader); yingji_app must not (the API).
ALTER ROLE yingji_owner LOGIN BYPASSRLS NOSUPERUSER NOCREATEROLE PASSWORD 'yingji_owner';
ALTER ROLE yingji_app LOGIN NOBYPASSRLS NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD 'yingji_app';
-- yingji_indexer is the one cross-tenant reader: it drains the outbox into Elasticsearch, whose every
-- query applies the sharing filter. Read-only on business tables (grants in the migrations).
ALTER ROLE yingji_indexer LOGIN BYPASSRLS NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD 'yingji_indexer';
ALTER ROLE keycloak LOGIN NOSUPERUSER PASSWORD 'keycloak';

-- CREATE DATABASE has no IF NOT EXISTS and cannot run in a DO block, hence \gexec.
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', d.name, d.owner)
  FROM (VALUES ('yingji', 'yingji_owner'), ('yingji_codegen', 'yingji_owner'), ('keycloak', 'keycloak'))
       AS d(name, owner)
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = d.name) \gexec

-- Extensions need a superuser (pgcrypto, ltree and pg_trgm are trusted, but creating them here keeps the
-- migrations free of superuser assumptions).
\connect yingji
CREATE EXTENSION IF NOT EXISTS ltree;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

\connect yingji_codegen
CREATE EXTENSION IF NOT EXISTS ltree;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
