-- Source systems, the external ids they use for our variants, and the review queue.
--
-- A source system (a till, the ERP, a seller or dark-store feed) names items by its own ids.
-- source_entities maps each (source, external id) to one variant; several ids, from one source or
-- many, may name the same variant. Mapping an id that already names another variant is refused
-- (mapping_conflict, naming that variant) unless the caller explicitly replaces it. What an
-- import could not map safely waits in source_review_items (0018) until a person maps it, keeps
-- the current mapping, or dismisses it with a reason.
--
-- Staff never read a source's credentials: auth_config and webhook_secret are withheld from them
-- column by column, and no command takes or returns them.
SET LOCAL ROLE stockroom_owner;

REVOKE SELECT ON source_systems
    FROM stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;
GRANT SELECT (tenant_id, id, source_type, name, vendor, is_active, created_at, updated_at)
    ON source_systems TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;

-- How often the same external id came back while its item was open, and when it last did: the
-- queue keeps one open item per id, holding the newest row received.
ALTER TABLE source_review_items
    ADD COLUMN sightings integer NOT NULL DEFAULT 1 CHECK (sightings > 0),
    ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now();
DROP INDEX source_review_items_queue;
CREATE INDEX source_review_items_queue
    ON source_review_items (tenant_id, status, last_seen_at DESC);

-- A source's mappings in external-id order (byte order, as the keyset compares them).
CREATE INDEX source_entities_by_source
    ON source_entities (tenant_id, source_system_id, (external_id COLLATE "C"), id);

-- ── Helpers ─────────────────────────────────────────────────────────────────────────────────
CREATE FUNCTION catalog.source_type_title(p_type text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE p_type WHEN 'pos' THEN 'POS' WHEN 'erp' THEN 'ERP'
                       WHEN 'seller_feed' THEN 'seller feed'
                       WHEN 'dark_store_feed' THEN 'dark-store feed'
                       WHEN 'manual' THEN 'manual entry' WHEN 'import' THEN 'file import'
                       ELSE p_type END
$$;

-- "SKU (name)", how messages name a variant.
CREATE FUNCTION catalog.variant_label(p_tenant_id uuid, p_variant_id uuid) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce((SELECT v.sku || ' (' || v.name || ')' FROM public.variants v
                      WHERE v.tenant_id = p_tenant_id AND v.id = p_variant_id),
                    'a variant that no longer exists')
$$;

CREATE FUNCTION catalog.require_source(p_tenant_id uuid, p_source_system_id uuid)
    RETURNS public.source_systems
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    s public.source_systems;
BEGIN
    SELECT * INTO s FROM public.source_systems
     WHERE tenant_id = p_tenant_id AND id = p_source_system_id;
    IF NOT FOUND THEN
        PERFORM auth.fail('not_found',
            format('No source system %s in this catalog.',
                   coalesce(p_source_system_id::text, '(none given)')),
            'Pick a source system from the Sources screen.');
    END IF;
    RETURN s;
END
$$;

-- Checks a source system's name, type and vendor, and that no other source of the tenant has
-- the name (in any capitalisation). Returns the name trimmed.
CREATE FUNCTION catalog.check_source(p_tenant_id uuid, p_id uuid, p_name text, p_type text,
                                     p_vendor text) RETURNS text
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    clean constant text := btrim(coalesce(p_name, ''));
    other record;
BEGIN
    IF clean = '' THEN
        PERFORM auth.fail('invalid_argument', 'A source system needs a name.',
                          'Use the name people know it by, such as "Store POS" or "Head-office ERP".');
    END IF;
    IF length(clean) > 120 THEN
        PERFORM auth.fail('invalid_argument',
            format('The name "%s…" is %s characters long; use at most 120.', left(clean, 30),
                   length(clean)));
    END IF;
    IF p_type IS NULL OR p_type NOT IN ('pos', 'erp', 'seller_feed', 'dark_store_feed', 'manual',
                                        'import') THEN
        PERFORM auth.fail('invalid_argument',
            format('"%s" is not a kind of source system.', coalesce(p_type, '')),
            'Use pos, erp, seller_feed, dark_store_feed, manual or import.');
    END IF;
    IF length(btrim(coalesce(p_vendor, ''))) > 80 THEN
        PERFORM auth.fail('invalid_argument', 'The vendor name is longer than 80 characters.',
                          'Shorten it to the product or company name.');
    END IF;
    SELECT s.name, s.source_type, s.vendor, s.is_active INTO other FROM public.source_systems s
     WHERE s.tenant_id = p_tenant_id AND lower(s.name) = lower(clean)
       AND s.id IS DISTINCT FROM p_id;
    IF FOUND THEN
        PERFORM auth.fail('already_exists',
            format('A source system named "%s" already exists (%s%s%s).', other.name,
                   catalog.source_type_title(other.source_type),
                   coalesce(', ' || other.vendor, ''),
                   CASE WHEN other.is_active THEN '' ELSE ', deactivated' END),
            'Choose another name, or edit that source system instead.');
    END IF;
    RETURN clean;
END
$$;

CREATE FUNCTION catalog.source_json(s public.source_systems) RETURNS jsonb
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_build_object('source_system_id', s.id, 'name', s.name,
                              'source_type', s.source_type, 'vendor', s.vendor,
                              'is_active', s.is_active)
$$;

-- Announces a change of a source system to every desktop of the tenant (never its secrets).
CREATE FUNCTION catalog.announce_source(s public.source_systems, p_change text) RETURNS void
    LANGUAGE sql
    SET search_path = pg_catalog, pg_temp
AS $$
    INSERT INTO public.outbox (tenant_id, event_type, data, actor)
    VALUES (s.tenant_id, 'catalog.source_system.updated',
            catalog.source_json(s) || jsonb_build_object('change', p_change), session_user);
$$;

-- ── Source systems ──────────────────────────────────────────────────────────────────────────
CREATE FUNCTION api.create_source_system(p_request_id uuid, p_name text, p_source_type text,
                                         p_vendor text DEFAULT NULL)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    clean text;
    saved public.source_systems;
BEGIN
    PERFORM auth.require_role(c, ARRAY['admin'], 'add source systems');
    prior := auth.begin_command(c.tenant_id, 'create_source_system', p_request_id,
        jsonb_build_object('name', p_name, 'source_type', p_source_type, 'vendor', p_vendor));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    -- One name at a time: two admins adding the same name meet here, not at the unique index.
    PERFORM pg_advisory_xact_lock(hashtext('stockroom.source_name'), hashtext(c.tenant_id::text));
    clean := catalog.check_source(c.tenant_id, NULL, p_name, p_source_type, p_vendor);
    INSERT INTO public.source_systems (tenant_id, source_type, name, vendor)
    VALUES (c.tenant_id, p_source_type, clean, nullif(btrim(coalesce(p_vendor, '')), ''))
    RETURNING * INTO saved;
    PERFORM catalog.announce_source(saved, 'created');
    RETURN auth.finish_command(c.tenant_id, p_request_id, catalog.source_json(saved));
END
$$;

-- Renames a source system, changes its kind and vendor (an empty vendor clears it).
CREATE FUNCTION api.update_source_system(p_request_id uuid, p_source_system_id uuid,
                                         p_name text, p_source_type text, p_vendor text)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    clean text;
    saved public.source_systems;
BEGIN
    PERFORM auth.require_role(c, ARRAY['admin'], 'change source systems');
    prior := auth.begin_command(c.tenant_id, 'update_source_system', p_request_id,
        jsonb_build_object('source_system_id', p_source_system_id, 'name', p_name,
                           'source_type', p_source_type, 'vendor', p_vendor));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('stockroom.source_name'), hashtext(c.tenant_id::text));
    PERFORM catalog.require_source(c.tenant_id, p_source_system_id);
    clean := catalog.check_source(c.tenant_id, p_source_system_id, p_name, p_source_type,
                                  p_vendor);
    UPDATE public.source_systems
       SET name = clean, source_type = p_source_type,
           vendor = nullif(btrim(coalesce(p_vendor, '')), ''), updated_at = now()
     WHERE tenant_id = c.tenant_id AND id = p_source_system_id
    RETURNING * INTO saved;
    PERFORM catalog.announce_source(saved, 'updated');
    RETURN auth.finish_command(c.tenant_id, p_request_id, catalog.source_json(saved));
END
$$;

-- Deactivates a source system (its mappings and history stay) or makes it active again.
CREATE FUNCTION api.set_source_system_active(p_request_id uuid, p_source_system_id uuid,
                                             p_active boolean)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    saved public.source_systems;
BEGIN
    PERFORM auth.require_role(c, ARRAY['admin'],
        CASE WHEN p_active THEN 'reactivate source systems' ELSE 'deactivate source systems' END);
    prior := auth.begin_command(c.tenant_id, 'set_source_system_active', p_request_id,
        jsonb_build_object('source_system_id', p_source_system_id, 'active', p_active));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    IF p_active IS NULL THEN
        PERFORM auth.fail('invalid_argument',
            'Say whether the source system is to be active (true) or deactivated (false).');
    END IF;
    PERFORM catalog.require_source(c.tenant_id, p_source_system_id);
    UPDATE public.source_systems SET is_active = p_active, updated_at = now()
     WHERE tenant_id = c.tenant_id AND id = p_source_system_id
    RETURNING * INTO saved;
    PERFORM catalog.announce_source(saved,
                                    CASE WHEN p_active THEN 'reactivated' ELSE 'deactivated' END);
    RETURN auth.finish_command(c.tenant_id, p_request_id, catalog.source_json(saved));
END
$$;

-- ── Mappings ────────────────────────────────────────────────────────────────────────────────
-- Maps (p_source_system_id, p_external_id) to the variant p_variant_id, for the caller's session.
-- An external id of a source names one variant whatever entity type the source filed it under
-- ("item", "plu", "sku"…): every variant mapping of that id counts. When one names another
-- variant, the call is refused (mapping_conflict) unless p_replace; with p_replace those rows
-- point at the new variant. A new mapping is filed under p_entity_type. Open review items of the
-- id are resolved as mapped. Returns what it did: change is 'created', 'replaced' or 'unchanged'.
CREATE FUNCTION catalog.apply_mapping(p_tenant_id uuid, p_source_system_id uuid,
                                      p_external_id text, p_variant_id uuid, p_replace boolean,
                                      p_entity_type text DEFAULT 'variant')
    RETURNS jsonb
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    src constant public.source_systems := catalog.require_source(p_tenant_id, p_source_system_id);
    ext constant text := btrim(coalesce(p_external_id, ''));
    v record;
    other record;
    kept uuid;
    change text;
    resolved integer;
BEGIN
    IF ext = '' THEN
        PERFORM auth.fail('invalid_argument', 'Enter the external id to map.',
                          format('The code %s uses for the item, such as its item number.',
                                 src.name));
    END IF;
    IF length(ext) > 200 THEN
        PERFORM auth.fail('invalid_argument',
            format('The external id "%s…" is %s characters long; use at most 200.',
                   left(ext, 30), length(ext)));
    END IF;
    SELECT x.id, x.sku, x.name, x.product_id INTO v FROM public.variants x
     WHERE x.tenant_id = p_tenant_id AND x.id = p_variant_id;
    IF NOT FOUND THEN
        PERFORM auth.fail('unknown_variant',
            format('No variant %s in this catalog.', coalesce(p_variant_id::text, '(none given)')),
            'Pick the variant from the catalog.');
    END IF;

    FOR attempt IN 1 .. 2 LOOP
        -- The id's current mappings, locked: a concurrent map of the same id waits here.
        PERFORM 1 FROM public.source_entities se
          WHERE se.tenant_id = p_tenant_id AND se.source_system_id = p_source_system_id
            AND se.external_id = ext AND se.canonical_type = 'variant'
          FOR UPDATE;
        SELECT se.canonical_id, w.sku, w.name INTO other
          FROM public.source_entities se
          LEFT JOIN public.variants w ON w.tenant_id = se.tenant_id AND w.id = se.canonical_id
         WHERE se.tenant_id = p_tenant_id AND se.source_system_id = p_source_system_id
           AND se.external_id = ext AND se.canonical_type = 'variant'
           AND se.canonical_id <> p_variant_id
         ORDER BY se.created_at LIMIT 1;
        IF FOUND THEN
            IF NOT coalesce(p_replace, false) THEN
                PERFORM auth.fail('mapping_conflict',
                    format('External id "%s" of %s is already mapped to %s (%s).', ext, src.name,
                           coalesce(other.sku, '(a removed variant)'), coalesce(other.name, '—')),
                    format('Replace that mapping to point it at %s, or leave it as it is.', v.sku));
            END IF;
            UPDATE public.source_entities se SET canonical_id = p_variant_id, updated_at = now()
             WHERE se.tenant_id = p_tenant_id AND se.source_system_id = p_source_system_id
               AND se.external_id = ext AND se.canonical_type = 'variant'
               AND se.canonical_id <> p_variant_id;
            change := 'replaced';
            EXIT;
        END IF;
        IF EXISTS (SELECT 1 FROM public.source_entities se
                    WHERE se.tenant_id = p_tenant_id AND se.source_system_id = p_source_system_id
                      AND se.external_id = ext AND se.canonical_type = 'variant') THEN
            change := 'unchanged';
            EXIT;
        END IF;
        INSERT INTO public.source_entities (tenant_id, source_system_id, entity_type, external_id,
                                            canonical_type, canonical_id)
        VALUES (p_tenant_id, p_source_system_id, coalesce(p_entity_type, 'variant'), ext,
                'variant', p_variant_id)
        ON CONFLICT (tenant_id, source_system_id, entity_type, external_id) DO NOTHING;
        IF FOUND THEN
            change := 'created';
            EXIT;
        END IF;
        -- Another session mapped the id meanwhile (committed now): look again.
    END LOOP;
    IF change IS NULL THEN
        PERFORM auth.fail('mapping_conflict',
            format('External id "%s" of %s is mapped to something other than a variant.', ext,
                   src.name),
            'Unmap it first.');
    END IF;

    SELECT se.id INTO kept FROM public.source_entities se
     WHERE se.tenant_id = p_tenant_id AND se.source_system_id = p_source_system_id
       AND se.external_id = ext AND se.canonical_type = 'variant'
     ORDER BY se.entity_type = coalesce(p_entity_type, 'variant') DESC, se.created_at LIMIT 1;

    -- Resolved items keep the variant they were resolved with.
    UPDATE public.source_review_items r
       SET status = 'resolved', resolution = format('Mapped to %s (%s).', v.sku, v.name),
           mapped_variant_id = p_variant_id, resolved_by = session_user, resolved_at = now(),
           updated_at = now()
     WHERE r.tenant_id = p_tenant_id AND r.source_system_id = p_source_system_id
       AND r.external_id = ext AND r.status = 'open';
    GET DIAGNOSTICS resolved = ROW_COUNT;

    IF change <> 'unchanged' THEN
        INSERT INTO public.outbox (tenant_id, event_type, product_id, variant_id, data, actor)
        VALUES (p_tenant_id, 'catalog.source_mapping.updated', v.product_id, p_variant_id,
                jsonb_build_object('mapping_id', kept, 'source_system_id', p_source_system_id,
                                   'source_name', src.name, 'external_id', ext,
                                   'variant_id', p_variant_id, 'sku', v.sku, 'change', change,
                                   'previous_variant_id', other.canonical_id,
                                   'previous_sku', other.sku),
                session_user);
    END IF;
    RETURN jsonb_build_object('mapping_id', kept, 'source_system_id', p_source_system_id,
                              'external_id', ext, 'variant_id', p_variant_id, 'sku', v.sku,
                              'variant_name', v.name, 'change', change,
                              'previous_variant_id', other.canonical_id,
                              'previous_sku', other.sku, 'resolved_review_items', resolved);
END
$$;

-- Maps an external id of a source to a variant (see catalog.apply_mapping). Store managers and
-- admins; idempotent by request id.
CREATE FUNCTION api.map_external_id(p_request_id uuid, p_source_system_id uuid,
                                    p_external_id text, p_variant_id uuid,
                                    p_replace boolean DEFAULT false)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
BEGIN
    PERFORM auth.require_role(c, ARRAY['admin', 'store_manager'], 'map external ids');
    prior := auth.begin_command(c.tenant_id, 'map_external_id', p_request_id,
        jsonb_build_object('source_system_id', p_source_system_id, 'external_id', p_external_id,
                           'variant_id', p_variant_id, 'replace', p_replace));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        catalog.apply_mapping(c.tenant_id, p_source_system_id, p_external_id, p_variant_id,
                              p_replace));
END
$$;

-- Removes one mapping (a row of source_entities, by its id).
CREATE FUNCTION api.unmap_external_id(p_request_id uuid, p_mapping_id uuid)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    gone record;
BEGIN
    PERFORM auth.require_role(c, ARRAY['admin', 'store_manager'], 'unmap external ids');
    prior := auth.begin_command(c.tenant_id, 'unmap_external_id', p_request_id,
                                jsonb_build_object('mapping_id', p_mapping_id));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    DELETE FROM public.source_entities se
     WHERE se.tenant_id = c.tenant_id AND se.id = p_mapping_id
    RETURNING se.source_system_id, se.external_id, se.entity_type, se.canonical_type,
              se.canonical_id INTO gone;
    IF NOT FOUND THEN
        PERFORM auth.fail('not_found',
            format('No mapping %s in this catalog; it may have been removed already.',
                   coalesce(p_mapping_id::text, '(none given)')),
            'Reload the list of mappings.');
    END IF;
    INSERT INTO public.outbox (tenant_id, event_type, product_id, variant_id, data, actor)
    SELECT c.tenant_id, 'catalog.source_mapping.updated', v.product_id, v.id,
           jsonb_build_object('mapping_id', p_mapping_id, 'source_system_id', gone.source_system_id,
                              'source_name', s.name, 'external_id', gone.external_id,
                              'variant_id', gone.canonical_id, 'sku', v.sku, 'change', 'unmapped'),
           session_user
      FROM public.source_systems s
      LEFT JOIN public.variants v ON v.tenant_id = s.tenant_id AND v.id = gone.canonical_id
                                  AND gone.canonical_type = 'variant'
     WHERE s.tenant_id = c.tenant_id AND s.id = gone.source_system_id;
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        jsonb_build_object('mapping_id', p_mapping_id, 'source_system_id', gone.source_system_id,
                           'external_id', gone.external_id, 'entity_type', gone.entity_type,
                           'variant_id', gone.canonical_id, 'change', 'unmapped'));
END
$$;

-- ── The review queue ────────────────────────────────────────────────────────────────────────
-- Queues an external id of a source for review, for code that meets one it cannot map safely
-- (the import's merge): 'unmapped' (no variant is mapped and none could be chosen safely) or
-- 'conflict' (mapped to one variant while the row names another, p_proposed_variant_id). The
-- id keeps one open item: a later sighting updates it with the newest row, reason and proposal
-- and counts the sighting. The variant the id is mapped to now is looked up here. Owner-only
-- (called inside commands); writes no event: the caller announces its run as a whole.
-- Returns the item's id.
CREATE FUNCTION catalog.queue_source_review(p_tenant_id uuid, p_source_system_id uuid,
                                            p_external_id text, p_kind text, p_reason text,
                                            p_received_row jsonb DEFAULT '{}',
                                            p_proposed_variant_id uuid DEFAULT NULL,
                                            p_ingestion_run_id uuid DEFAULT NULL,
                                            p_entity_type text DEFAULT 'variant')
    RETURNS uuid
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ext constant text := btrim(coalesce(p_external_id, ''));
    mapped uuid;
    item uuid;
BEGIN
    IF p_kind IS NULL OR p_kind NOT IN ('unmapped', 'conflict') THEN
        PERFORM auth.fail('invalid_argument',
            format('"%s" is not a kind of review item; use unmapped or conflict.',
                   coalesce(p_kind, '')));
    END IF;
    IF ext = '' OR btrim(coalesce(p_reason, '')) = '' THEN
        PERFORM auth.fail('invalid_argument',
            'A review item needs the external id and the reason it could not be mapped.');
    END IF;
    SELECT se.canonical_id INTO mapped FROM public.source_entities se
     WHERE se.tenant_id = p_tenant_id AND se.source_system_id = p_source_system_id
       AND se.external_id = ext AND se.canonical_type = 'variant'
     ORDER BY se.entity_type = coalesce(p_entity_type, 'variant') DESC, se.created_at LIMIT 1;
    INSERT INTO public.source_review_items AS r
        (tenant_id, source_system_id, entity_type, external_id, kind, reason, mapped_variant_id,
         proposed_variant_id, received_row, ingestion_run_id)
    VALUES (p_tenant_id, p_source_system_id, coalesce(p_entity_type, 'variant'), ext, p_kind,
            btrim(p_reason), mapped, p_proposed_variant_id, coalesce(p_received_row, '{}'),
            p_ingestion_run_id)
    ON CONFLICT (tenant_id, source_system_id, entity_type, external_id) WHERE status = 'open'
    DO UPDATE SET kind = excluded.kind, reason = excluded.reason,
                  mapped_variant_id = excluded.mapped_variant_id,
                  proposed_variant_id = excluded.proposed_variant_id,
                  received_row = excluded.received_row,
                  ingestion_run_id = coalesce(excluded.ingestion_run_id, r.ingestion_run_id),
                  sightings = r.sightings + 1, last_seen_at = now(), updated_at = now()
    RETURNING r.id INTO item;
    RETURN item;
END
$$;

-- Resolves an open review item:
--  * 'map': maps the id to p_variant_id, or to the item's proposed variant when that is NULL
--    (replacing a current mapping: choosing is the point of the review);
--  * 'keep': a conflict only — the current mapping stays, the row's proposal is set aside;
--  * 'dismiss': nothing changes; p_reason (required) says why.
-- Records who resolved it, when, and how. Store managers and admins; idempotent by request id.
CREATE FUNCTION api.resolve_source_review(p_request_id uuid, p_item_id uuid, p_action text,
                                          p_variant_id uuid DEFAULT NULL,
                                          p_reason text DEFAULT NULL)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    item public.source_review_items;
    target uuid;
    now_mapped uuid;
    mapping jsonb;
    note text;
    tz text;
BEGIN
    PERFORM auth.require_role(c, ARRAY['admin', 'store_manager'], 'resolve source review items');
    prior := auth.begin_command(c.tenant_id, 'resolve_source_review', p_request_id,
        jsonb_build_object('item_id', p_item_id, 'action', p_action, 'variant_id', p_variant_id,
                           'reason', p_reason));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    SELECT * INTO item FROM public.source_review_items r
     WHERE r.tenant_id = c.tenant_id AND r.id = p_item_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM auth.fail('not_found',
            format('No review item %s in this catalog.', coalesce(p_item_id::text, '(none given)')),
            'Reload the review queue.');
    END IF;
    IF item.status <> 'open' THEN
        SELECT t.timezone INTO tz FROM public.tenants t WHERE t.tenant_id = c.tenant_id;
        PERFORM auth.fail('invalid_transition',
            format('The review of "%s" was already %s by %s on %s.', item.external_id,
                   item.status, item.resolved_by,
                   to_char(item.resolved_at AT TIME ZONE tz, 'FMDD Mon YYYY HH24:MI')),
            'Reload the review queue to see what is still open.');
    END IF;

    CASE p_action
    WHEN 'map' THEN
        target := coalesce(p_variant_id, item.proposed_variant_id);
        IF target IS NULL THEN
            PERFORM auth.fail('invalid_argument',
                format('Choose the item to map "%s" to: this review proposes none.',
                       item.external_id),
                'Search the catalog for it with "Map to another…".');
        END IF;
        mapping := catalog.apply_mapping(c.tenant_id, item.source_system_id, item.external_id,
                                         target, true, item.entity_type);
        -- apply_mapping resolved the open items of this id, this one among them.
        SELECT r.resolution INTO note FROM public.source_review_items r
         WHERE r.tenant_id = c.tenant_id AND r.id = item.id;
    WHEN 'keep' THEN
        SELECT se.canonical_id INTO now_mapped FROM public.source_entities se
         WHERE se.tenant_id = c.tenant_id AND se.source_system_id = item.source_system_id
           AND se.external_id = item.external_id AND se.canonical_type = 'variant'
         ORDER BY se.entity_type = item.entity_type DESC, se.created_at LIMIT 1;
        IF now_mapped IS NULL THEN
            PERFORM auth.fail('invalid_argument',
                format('"%s" is not mapped to anything, so there is no mapping to keep.',
                       item.external_id),
                'Map it to an item, or dismiss the review with a reason.');
        END IF;
        note := format('Kept the mapping to %s.', catalog.variant_label(c.tenant_id, now_mapped));
        UPDATE public.source_review_items
           SET status = 'resolved', resolution = note, mapped_variant_id = now_mapped,
               resolved_by = session_user, resolved_at = now(), updated_at = now()
         WHERE tenant_id = c.tenant_id AND id = item.id;
    WHEN 'dismiss' THEN
        IF btrim(coalesce(p_reason, '')) = '' THEN
            PERFORM auth.fail('invalid_argument',
                format('Say why the review of "%s" is dismissed.', item.external_id),
                'For instance "test item from the feed" or "discontinued at the supplier".');
        END IF;
        note := 'Dismissed: ' || btrim(p_reason);
        UPDATE public.source_review_items
           SET status = 'dismissed', resolution = note, resolved_by = session_user,
               resolved_at = now(), updated_at = now()
         WHERE tenant_id = c.tenant_id AND id = item.id;
    ELSE
        PERFORM auth.fail('invalid_argument',
            format('"%s" is not a way to resolve a review; use map, keep or dismiss.',
                   coalesce(p_action, '')));
    END CASE;

    INSERT INTO public.outbox (tenant_id, event_type, product_id, variant_id, data, actor)
    SELECT c.tenant_id, 'catalog.source_review.resolved', v.product_id, v.id,
           jsonb_build_object('item_id', item.id, 'source_system_id', item.source_system_id,
                              'external_id', item.external_id, 'kind', item.kind,
                              'action', p_action, 'resolution', note),
           session_user
      FROM (SELECT 1) one
      LEFT JOIN public.variants v ON v.tenant_id = c.tenant_id
                                 AND v.id = coalesce(target, now_mapped, item.proposed_variant_id);
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        jsonb_build_object('item_id', item.id, 'action', p_action,
                           'status', CASE WHEN p_action = 'dismiss' THEN 'dismissed'
                                          ELSE 'resolved' END,
                           'resolution', note, 'mapping', mapping));
END
$$;

-- ── Reads for the desktop ───────────────────────────────────────────────────────────────────
-- They restrict to the caller's tenant themselves (so the indexes serve them under row-level
-- security, as api.catalog_match does) and name every column they return: none of a source's
-- credentials.

-- The tenant's source systems by name, with how many variant mappings and open review items
-- each has, and its latest ingestion run.
CREATE FUNCTION api.source_systems()
    RETURNS TABLE (source_system_id uuid, name text, source_type text, vendor text,
                   is_active boolean, created_at timestamptz, updated_at timestamptz,
                   mapping_count bigint, open_review_count bigint,
                   last_run_at timestamptz, last_run_status text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
BEGIN
    RETURN QUERY
    SELECT s.id, s.name::text, s.source_type::text, s.vendor::text, s.is_active, s.created_at,
           s.updated_at,
           (SELECT count(*) FROM public.source_entities se
             WHERE se.tenant_id = s.tenant_id AND se.source_system_id = s.id
               AND se.canonical_type = 'variant'),
           (SELECT count(*) FROM public.source_review_items r
             WHERE r.tenant_id = s.tenant_id AND r.source_system_id = s.id AND r.status = 'open'),
           run.started_at, run.status::text
      FROM public.source_systems s
      LEFT JOIN LATERAL (SELECT x.started_at, x.status FROM public.catalog_ingestion_runs x
                          WHERE x.tenant_id = s.tenant_id AND x.source_system_id = s.id
                          ORDER BY x.started_at DESC LIMIT 1) run ON true
     WHERE s.tenant_id = c.tenant_id
     ORDER BY lower(s.name), s.id;
END
$$;

-- One page of a source's variant mappings in external-id order (byte order), after the keyset
-- (p_after_external_id, p_after_id) when given; p_search keeps those whose external id or SKU
-- contains it (any case).
CREATE FUNCTION api.source_mappings(p_source_system_id uuid, p_search text DEFAULT NULL,
                                    p_after_external_id text DEFAULT NULL,
                                    p_after_id uuid DEFAULT NULL, p_limit integer DEFAULT 100)
    RETURNS TABLE (mapping_id uuid, source_system_id uuid, entity_type text, external_id text,
                   variant_id uuid, sku text, variant_name text, variant_status text,
                   created_at timestamptz, updated_at timestamptz)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    term constant text := lower(btrim(coalesce(p_search, '')));
    contains constant text :=
        '%' || replace(replace(replace(term, '\', '\\'), '%', '\%'), '_', '\_') || '%';
BEGIN
    IF p_limit IS NULL OR p_limit < 1 OR p_limit > 1000 THEN
        PERFORM auth.fail('invalid_argument', 'A page holds from 1 to 1,000 mappings.');
    END IF;
    RETURN QUERY
    SELECT se.id, se.source_system_id, se.entity_type::text, se.external_id::text, se.canonical_id,
           v.sku::text, v.name::text, v.status::text, se.created_at, se.updated_at
      FROM public.source_entities se
      JOIN public.variants v ON v.tenant_id = se.tenant_id AND v.id = se.canonical_id
     WHERE se.tenant_id = c.tenant_id AND se.source_system_id = p_source_system_id
       AND se.canonical_type = 'variant'
       AND (p_after_external_id IS NULL
            OR (se.external_id COLLATE "C", se.id) > (p_after_external_id COLLATE "C", p_after_id))
       AND (term = '' OR lower(se.external_id) LIKE contains OR lower(v.sku) LIKE contains)
     ORDER BY se.external_id COLLATE "C", se.id
     LIMIT p_limit;
END
$$;

-- Every external id that names a variant, in every source.
CREATE FUNCTION api.variant_source_mappings(p_variant_id uuid)
    RETURNS TABLE (mapping_id uuid, source_system_id uuid, source_name text, source_type text,
                   entity_type text, external_id text, created_at timestamptz,
                   updated_at timestamptz)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
BEGIN
    RETURN QUERY
    SELECT se.id, s.id, s.name::text, s.source_type::text, se.entity_type::text,
           se.external_id::text, se.created_at, se.updated_at
      FROM public.source_entities se
      JOIN public.source_systems s ON s.tenant_id = se.tenant_id AND s.id = se.source_system_id
     WHERE se.tenant_id = c.tenant_id AND se.canonical_type = 'variant'
       AND se.canonical_id = p_variant_id
     ORDER BY lower(s.name), se.external_id COLLATE "C";
END
$$;

-- A review item as the desktop shows it: the row received, and the variant the id is mapped to
-- now (looked up afresh) beside the one the row proposes, by SKU and name.
CREATE TYPE catalog.source_review_row AS (
    item_id             uuid,
    source_system_id    uuid,
    source_name         text,
    source_type         text,
    entity_type         text,
    external_id         text,
    kind                text,
    reason              text,
    status              text,
    received_row        jsonb,
    sightings           integer,
    first_seen_at       timestamptz,
    last_seen_at        timestamptz,
    ingestion_run_id    uuid,
    mapped_variant_id   uuid,
    mapped_sku          text,
    mapped_name         text,
    proposed_variant_id uuid,
    proposed_sku        text,
    proposed_name       text,
    resolution          text,
    resolved_by         text,
    resolved_at         timestamptz
);

CREATE FUNCTION catalog.review_rows(p_tenant_id uuid, p_item_id uuid, p_source_system_id uuid,
                                    p_kind text, p_include_closed boolean, p_limit integer)
    RETURNS SETOF catalog.source_review_row
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT r.id, r.source_system_id, s.name::text, s.source_type::text, r.entity_type::text,
           r.external_id::text, r.kind::text, r.reason, r.status::text, r.received_row,
           r.sightings, r.created_at, r.last_seen_at, r.ingestion_run_id,
           cur.id, cur.sku::text, cur.name::text,
           r.proposed_variant_id, pv.sku::text, pv.name::text,
           r.resolution, r.resolved_by::text, r.resolved_at
      FROM public.source_review_items r
      JOIN public.source_systems s ON s.tenant_id = r.tenant_id AND s.id = r.source_system_id
      LEFT JOIN LATERAL (
          SELECT w.id, w.sku, w.name FROM public.source_entities se
            JOIN public.variants w ON w.tenant_id = se.tenant_id AND w.id = se.canonical_id
           WHERE se.tenant_id = r.tenant_id AND se.source_system_id = r.source_system_id
             AND se.external_id = r.external_id AND se.canonical_type = 'variant'
             -- a closed item shows the mapping it was resolved with
             AND (r.status = 'open' OR r.mapped_variant_id IS NULL
                  OR se.canonical_id = r.mapped_variant_id)
           ORDER BY se.entity_type = r.entity_type DESC, se.created_at LIMIT 1) cur ON true
      LEFT JOIN public.variants pv ON pv.tenant_id = r.tenant_id AND pv.id = r.proposed_variant_id
     WHERE r.tenant_id = p_tenant_id
       AND (p_item_id IS NULL OR r.id = p_item_id)
       AND (p_source_system_id IS NULL OR r.source_system_id = p_source_system_id)
       AND (p_kind IS NULL OR r.kind = p_kind)
       AND (coalesce(p_include_closed, false) OR r.status = 'open')
     ORDER BY r.status <> 'open', r.last_seen_at DESC, r.id
     LIMIT p_limit
$$;

-- The review queue: open items first (newest sighting first), then, with p_include_closed, the
-- resolved and dismissed ones; optionally of one source and one kind ('unmapped', 'conflict').
CREATE FUNCTION api.source_review_queue(p_source_system_id uuid DEFAULT NULL,
                                        p_kind text DEFAULT NULL,
                                        p_include_closed boolean DEFAULT false,
                                        p_limit integer DEFAULT 200)
    RETURNS SETOF catalog.source_review_row
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
BEGIN
    IF p_kind IS NOT NULL AND p_kind NOT IN ('unmapped', 'conflict') THEN
        PERFORM auth.fail('invalid_argument',
            format('"%s" is not a kind of review item; use unmapped or conflict.', p_kind));
    END IF;
    IF p_limit IS NULL OR p_limit < 1 OR p_limit > 1000 THEN
        PERFORM auth.fail('invalid_argument', 'The queue shows from 1 to 1,000 items at a time.');
    END IF;
    RETURN QUERY SELECT * FROM catalog.review_rows(c.tenant_id, NULL, p_source_system_id, p_kind,
                                                   p_include_closed, p_limit);
END
$$;

-- One review item, open or not (no row when there is none in the caller's tenant).
CREATE FUNCTION api.source_review_item(p_item_id uuid)
    RETURNS SETOF catalog.source_review_row
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
BEGIN
    RETURN QUERY SELECT * FROM catalog.review_rows(c.tenant_id, p_item_id, NULL, NULL, true, 1);
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA catalog FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.create_source_system(uuid, text, text, text),
                          api.update_source_system(uuid, uuid, text, text, text),
                          api.set_source_system_active(uuid, uuid, boolean),
                          api.map_external_id(uuid, uuid, text, uuid, boolean),
                          api.unmap_external_id(uuid, uuid),
                          api.resolve_source_review(uuid, uuid, text, uuid, text),
                          api.source_systems(),
                          api.source_mappings(uuid, text, text, uuid, integer),
                          api.variant_source_mappings(uuid),
                          api.source_review_queue(uuid, text, boolean, integer),
                          api.source_review_item(uuid)
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;
