-- Changes to the category tree, announced: one catalog.category.updated event (tenant-wide, no
-- location, so every staff member's stream carries it) for each category created or changed,
-- whoever wrote it — the category commands of 0019 and the catalog import of 0021, which creates
-- categories along the paths it is given — without either having to remember to.
--
-- The data is the category as it now is (catalog.category_json: category_id, parent_id, name,
-- path, sort_order, is_active) with what happened to it:
--   change         created, renamed, moved, reordered, deactivated, reactivated, or path_changed
--                  (a category above it was renamed or moved, so its path changed with it);
--   previous_path  the path it had, when the path changed.
--
-- Statement-level triggers read the rows a statement changed from its transition tables, so a
-- subtree moved or deactivated in one statement is one pass however large it is. A rename or a
-- move writes the category in two statements (its name or parent first, then the paths of the
-- subtree, catalog.move_paths): between them the category's path does not yet agree with its
-- name and parent. A change is announced only once it does, so the category is announced once,
-- with its new path. A statement that changes nothing the tree shows (the same name again, the
-- order it already had) announces nothing.
SET LOCAL ROLE stockroom_owner;

CREATE FUNCTION catalog.announce_category_changes() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO public.outbox (tenant_id, event_type, data, actor)
        SELECT n.tenant_id, 'catalog.category.updated',
               catalog.category_json(n.tenant_id, n.id) || jsonb_build_object('change', 'created'),
               session_user
          FROM new_rows n
         ORDER BY n.tenant_id, n.path;
        RETURN NULL;
    END IF;
    WITH changed AS (
        SELECT n.tenant_id, n.id, n.parent_id, n.name, n.path, n.sort_order, n.is_active,
               o.parent_id AS old_parent_id, o.path AS old_path, o.sort_order AS old_sort_order,
               o.is_active AS old_is_active
          FROM new_rows n
          JOIN old_rows o ON o.tenant_id = n.tenant_id AND o.id = n.id
         WHERE (n.parent_id, n.name, n.path, n.sort_order, n.is_active)
               IS DISTINCT FROM (o.parent_id, o.name, o.path, o.sort_order, o.is_active)),
    settled AS (
        -- The path agrees with the name and the parent as they now are.
        SELECT ch.*, EXISTS (SELECT 1 FROM changed up
                              WHERE up.tenant_id = ch.tenant_id AND up.id = ch.parent_id
                                AND up.path <> up.old_path) AS parent_path_changed
          FROM changed ch
          LEFT JOIN public.categories p ON p.tenant_id = ch.tenant_id AND p.id = ch.parent_id
         WHERE ch.path = coalesce(p.path || '/', '') || ch.name)
    INSERT INTO public.outbox (tenant_id, event_type, data, actor)
    SELECT s.tenant_id, 'catalog.category.updated',
           catalog.category_json(s.tenant_id, s.id)
           || jsonb_build_object('change',
                  CASE WHEN s.is_active AND NOT s.old_is_active THEN 'reactivated'
                       WHEN s.old_is_active AND NOT s.is_active THEN 'deactivated'
                       WHEN s.path = s.old_path THEN 'reordered'
                       WHEN s.parent_path_changed THEN 'path_changed'
                       WHEN s.parent_id IS DISTINCT FROM s.old_parent_id THEN 'moved'
                       -- The name is no longer the last part of the old path.
                       WHEN regexp_replace(s.old_path, '^.*/', '') <> s.name THEN 'renamed'
                       ELSE 'moved' END)
           || CASE WHEN s.path <> s.old_path
                   THEN jsonb_build_object('previous_path', s.old_path) ELSE '{}' END,
           session_user
      FROM settled s
     ORDER BY s.tenant_id, s.path;
    RETURN NULL;
END
$$;

-- A trigger with transition tables serves one kind of statement.
CREATE TRIGGER categories_announce_created
    AFTER INSERT ON public.categories
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION catalog.announce_category_changes();
CREATE TRIGGER categories_announce_changed
    AFTER UPDATE ON public.categories
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION catalog.announce_category_changes();

REVOKE EXECUTE ON FUNCTION catalog.announce_category_changes() FROM PUBLIC;
