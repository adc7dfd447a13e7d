-- What stockroomd needs to authorize live stream connections: the scope of staff logins looked
-- up by name. auth.caller_of answers only for the session's own login (or one it may become),
-- and stockroomd runs as the owner, which is neither; so this asks auth.in_scope, the rule every
-- command applies, about each location and dark store of the login's tenant.
SET LOCAL ROLE stockroom_owner;

-- One row per active staff login among p_roles; a login that is unknown or disabled has none.
CREATE FUNCTION stream.scope_of(p_roles name[])
    RETURNS TABLE (login_role name, tenant_id uuid, role_kind text, location_ids uuid[],
                   dark_store_ids uuid[])
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT s.login_role, s.tenant_id, s.role_kind::text,
           ARRAY(SELECT l.id FROM public.locations l
                  WHERE l.tenant_id = s.tenant_id AND auth.in_scope(c.c, 'location', l.id)
                  ORDER BY l.id),
           ARRAY(SELECT d.id FROM public.dark_stores d
                  WHERE d.tenant_id = s.tenant_id AND auth.in_scope(c.c, 'dark_store', d.id)
                  ORDER BY d.id)
      FROM public.staff s
     CROSS JOIN LATERAL (SELECT ROW(s.login_role, s.tenant_id, s.role_kind, NULL, NULL, NULL,
                                    NULL)::auth.caller) c(c)
     WHERE s.login_role = ANY (p_roles) AND s.is_active
$$;

REVOKE EXECUTE ON FUNCTION stream.scope_of(name[]) FROM PUBLIC;
