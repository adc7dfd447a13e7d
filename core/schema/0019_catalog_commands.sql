-- Catalog editing: the commands that change categories, products and variants, and the reads the
-- desktop's editor and history use.
--
-- Every product and variant command runs in one transaction: it locks the product, then every
-- variant of it (in id order, so two commands never wait on each other crosswise), checks the
-- optimistic-locking token, records the state it changes from and the state it leaves through
-- catalog.record_versions (0018: a version only when the canonical document changed, so a save
-- that changes nothing writes nothing and announces nothing), and emits catalog.product.upserted
-- and catalog.variant.upserted for what changed.
--
-- Optimistic-locking tokens:
--  * a variant's is variants.version, the number of its newest version. Its document holds its
--    product's fields too, so a change of the product by anyone also moves the token of each of
--    its variants: an editor of "the variant and its product" needs only this one token;
--  * a product's is products.version, moved by 1 whenever the product's own fields change
--    (api.update_product, or the product part of api.update_variant); a save that changes
--    nothing leaves it.
--
-- Refusals that concern one field of the editor name it in the error's DETAIL after the code:
-- "stockroom:invalid_argument field=barcodes", so the desktop can show the message next to it.
SET LOCAL ROLE stockroom_owner;

-- ── Refusals and helpers ───────────────────────────────────────────────────────────────────
CREATE FUNCTION catalog.fail(p_field text, p_code text, p_message text, p_hint text DEFAULT NULL)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = auth.error_sqlstate(p_code), MESSAGE = p_message,
        DETAIL = 'stockroom:' || p_code || coalesce(' field=' || p_field, ''),
        HINT = coalesce(p_hint, '');
END
$$;

-- The catalog is tenant-wide: admins and store managers edit it, floor supervisors read it.
CREATE FUNCTION catalog.require_editor(c auth.caller) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM auth.require_role(c, ARRAY['admin', 'store_manager'], 'edit the catalog');
END
$$;

-- A staff member as people know them: the display name, or the login when it is no staff login.
CREATE FUNCTION catalog.who(p_tenant_id uuid, p_login name) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce((SELECT s.display_name::text FROM public.staff s
                      WHERE s.tenant_id = p_tenant_id AND s.login_role = p_login), p_login::text)
$$;

-- An instant in the tenant's time zone, as messages and the history show it: "21 Nov 2026 14:05".
CREATE FUNCTION catalog.when_text(p_tenant_id uuid, p_at timestamptz) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT to_char(p_at AT TIME ZONE t.timezone, 'FMDD Mon YYYY HH24:MI')
      FROM public.tenants t WHERE t.tenant_id = p_tenant_id
$$;

-- The GS1 check digit of the digits before it: weights 3, 1, 3, … from the right.
CREATE FUNCTION catalog.check_digit(p_body text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT (10 - coalesce(sum(substr(p_body, length(p_body) + 1 - i, 1)::int
                              * CASE WHEN i % 2 = 1 THEN 3 ELSE 1 END), 0) % 10) % 10
      FROM generate_series(1, length(p_body)) AS i
$$;

-- The table rule (0003) computes the same digit: one computation serves both. Existing barcodes
-- are unaffected, as the result is the same for every code.
CREATE OR REPLACE FUNCTION gtin_is_valid(code text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT code ~ '^([0-9]{8}|[0-9]{12,14})$'
           AND catalog.check_digit(left(code, -1)) = right(code, 1)::int
$$;

-- Refuses any key of p_fields outside p_allowed (a misspelt field would otherwise be ignored).
CREATE FUNCTION catalog.require_keys(p_fields jsonb, p_allowed text[], p_what text, p_prefix text)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    bad text;
BEGIN
    IF jsonb_typeof(p_fields) IS DISTINCT FROM 'object' THEN
        PERFORM catalog.fail(NULL, 'invalid_argument',
            format('The %s fields must be a JSON object.', p_what));
    END IF;
    SELECT keys.k INTO bad FROM jsonb_object_keys(p_fields) AS keys(k)
     WHERE keys.k <> ALL (p_allowed) ORDER BY keys.k LIMIT 1;
    IF FOUND THEN
        PERFORM catalog.fail(p_prefix || bad, 'invalid_argument',
            format('"%s" is not a field of a %s.', bad, p_what),
            format('The fields are: %s.', array_to_string(p_allowed, ', ')));
    END IF;
END
$$;

-- A text field of p_fields, trimmed; NULL when absent or null.
CREATE FUNCTION catalog.text_field(p_fields jsonb, p_key text, p_field text, p_label text)
    RETURNS text
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v constant jsonb := p_fields -> p_key;
BEGIN
    IF v IS NULL OR jsonb_typeof(v) = 'null' THEN
        RETURN NULL;
    END IF;
    IF jsonb_typeof(v) NOT IN ('string', 'number') THEN
        PERFORM catalog.fail(p_field, 'invalid_argument', format('The %s must be text.', p_label));
    END IF;
    RETURN btrim(v #>> '{}');
END
$$;

CREATE FUNCTION catalog.bool_field(p_fields jsonb, p_key text, p_field text, p_label text)
    RETURNS boolean
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v constant jsonb := p_fields -> p_key;
BEGIN
    IF jsonb_typeof(v) IS DISTINCT FROM 'boolean' THEN
        PERFORM catalog.fail(p_field, 'invalid_argument',
                             format('%s must be true or false.', p_label));
    END IF;
    RETURN v::text::boolean;
END
$$;

-- A positive amount with at most four decimals (the catalog's numeric(18,4)), from a JSON
-- number or numeric text.
CREATE FUNCTION catalog.amount_field(p_value jsonb, p_field text, p_label text) RETURNS numeric
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    given constant text := btrim(coalesce(p_value #>> '{}', ''));
    amount numeric;
BEGIN
    IF jsonb_typeof(p_value) IN ('string', 'number') AND given ~ '^[0-9]*\.?[0-9]+$' THEN
        amount := given::numeric;
    END IF;
    IF amount IS NULL OR amount <= 0 OR amount <> round(amount, 4) OR amount >= 1e14 THEN
        PERFORM catalog.fail(p_field, 'invalid_argument',
            format('The %s must be a number more than zero with at most 4 decimals (got %s).',
                   p_label, CASE WHEN given = '' THEN 'nothing' ELSE '"' || given || '"' END),
            'Enter a number such as 500, 1 or 0.25.');
    END IF;
    RETURN trim_scale(amount);
END
$$;

-- Attributes as the catalog keeps them: a JSON object with trimmed, non-blank names and a value
-- for each (text is trimmed too, so "82% " and "82%" are no change).
CREATE FUNCTION catalog.attributes(p_value jsonb, p_field text) RETURNS jsonb
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    a record;
    result jsonb := '{}';
    key text;
    val jsonb;
BEGIN
    IF p_value IS NULL OR jsonb_typeof(p_value) = 'null' THEN
        RETURN result;
    END IF;
    IF jsonb_typeof(p_value) <> 'object' THEN
        PERFORM catalog.fail(p_field, 'invalid_argument',
            'Attributes must be a JSON object of names and values, e.g. {"fat": "82%"}.');
    END IF;
    FOR a IN SELECT e.key, e.value FROM jsonb_each(p_value) e ORDER BY e.key LOOP
        key := btrim(a.key);
        val := CASE WHEN jsonb_typeof(a.value) = 'string' THEN to_jsonb(btrim(a.value #>> '{}'))
                    ELSE a.value END;
        IF key = '' THEN
            PERFORM catalog.fail(p_field, 'invalid_argument', 'An attribute has no name.',
                                 'Give every attribute a name, or remove the row.');
        END IF;
        IF result ? key THEN
            PERFORM catalog.fail(p_field, 'invalid_argument',
                format('The attribute "%s" is listed twice.', key), 'Keep one of them.');
        END IF;
        IF jsonb_typeof(val) = 'null' OR val = '""'::jsonb THEN
            PERFORM catalog.fail(p_field, 'invalid_argument',
                format('The attribute "%s" has no value.', key),
                'Enter its value, or remove the attribute.');
        END IF;
        result := result || jsonb_build_object(key, val);
    END LOOP;
    RETURN result;
END
$$;

-- A unit of measure of the tenant, by code (lower case); refuses an unknown one, listing those
-- that exist.
CREATE FUNCTION catalog.unit(p_tenant_id uuid, p_code text, p_field text, p_label text) RETURNS text
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    wanted constant text := lower(btrim(coalesce(p_code, '')));
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.units_of_measure u
                    WHERE u.tenant_id = p_tenant_id AND u.code = wanted) THEN
        PERFORM catalog.fail(p_field, 'invalid_argument',
            CASE WHEN wanted = '' THEN format('The %s is missing.', p_label)
                 ELSE format('"%s" is not a unit of measure in this catalog (%s).', wanted, p_label) END,
            format('Use one of: %s.',
                   (SELECT string_agg(u.code, ', ' ORDER BY u.code) FROM public.units_of_measure u
                     WHERE u.tenant_id = p_tenant_id)));
    END IF;
    RETURN wanted;
END
$$;

-- The barcode_type of a retail barcode, refusing one that is not EAN-8, UPC-A or EAN-13 with a
-- right check digit; the message names the digit it should be.
CREATE FUNCTION catalog.barcode_type(p_code text) RETURNS text
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    expected integer;
BEGIN
    IF p_code = '' THEN
        PERFORM catalog.fail('barcodes', 'invalid_argument', 'A barcode is empty.',
                             'Type or scan its digits, or remove the row.');
    END IF;
    IF p_code !~ '^[0-9]+$' THEN
        PERFORM catalog.fail('barcodes', 'invalid_argument',
            format('Barcode "%s" may contain digits only.', p_code),
            'Type the digits under the bars, without spaces or letters.');
    END IF;
    IF length(p_code) NOT IN (8, 12, 13) THEN
        PERFORM catalog.fail('barcodes', 'invalid_argument',
            format('Barcode %s has %s digits; a barcode has 8 (EAN-8), 12 (UPC-A) or 13 (EAN-13).',
                   p_code, length(p_code)),
            'Check for a missing or extra digit.');
    END IF;
    expected := catalog.check_digit(left(p_code, -1));
    IF expected <> right(p_code, 1)::integer THEN
        PERFORM catalog.fail('barcodes', 'invalid_argument',
            format('Barcode %s: the check digit should be %s, not %s.', p_code, expected,
                   right(p_code, 1)),
            'Compare the digits with the pack: one mistyped digit is the usual cause.');
    END IF;
    RETURN CASE length(p_code) WHEN 8 THEN 'EAN8' WHEN 12 THEN 'UPCA' ELSE 'EAN13' END;
END
$$;

-- Refuses when a barcode of p_codes belongs to a variant other than p_variant_id; p_lead opens
-- the message (restores say which version).
CREATE FUNCTION catalog.require_barcodes_free(p_tenant_id uuid, p_variant_id uuid, p_codes text[],
                                              p_lead text DEFAULT 'Barcode')
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    other record;
BEGIN
    SELECT b.barcode, v.sku, v.name INTO other
      FROM public.variant_barcodes b
      JOIN public.variants v ON v.tenant_id = b.tenant_id AND v.id = b.variant_id
     WHERE b.tenant_id = p_tenant_id AND b.barcode = ANY (p_codes) AND b.variant_id <> p_variant_id
     ORDER BY b.barcode
     LIMIT 1;
    IF FOUND THEN
        PERFORM catalog.fail('barcodes', 'already_exists',
            format('%s %s already belongs to %s ("%s").', p_lead, other.barcode, other.sku, other.name),
            format('A barcode names one item: remove it from %s first, or check the digits.',
                   other.sku));
    END IF;
END
$$;

-- Refuses when another variant has the SKU p_sku, naming it.
CREATE FUNCTION catalog.require_sku_free(p_tenant_id uuid, p_variant_id uuid, p_sku text,
                                         p_lead text DEFAULT 'SKU')
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    other record;
BEGIN
    SELECT v.name INTO other FROM public.variants v
     WHERE v.tenant_id = p_tenant_id AND v.sku = p_sku AND v.id <> p_variant_id;
    IF FOUND THEN
        PERFORM catalog.fail('sku', 'already_exists',
            format('%s %s is already used by "%s".', p_lead, p_sku, other.name),
            'A SKU names one item: choose another, or edit that item instead.');
    END IF;
END
$$;

-- ── Categories ─────────────────────────────────────────────────────────────────────────────
-- Changes of the tree take turns per tenant: a rename or move rewrites the paths of a whole
-- subtree, and two at once could each check a name the other is taking.
CREATE FUNCTION catalog.lock_tree(p_tenant_id uuid) RETURNS void
    LANGUAGE sql
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT pg_advisory_xact_lock(hashtextextended('stockroom.categories:' || p_tenant_id::text, 0))
$$;

CREATE FUNCTION catalog.category_name(p_name text) RETURNS text
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    clean constant text := btrim(coalesce(p_name, ''));
BEGIN
    IF clean = '' THEN
        PERFORM catalog.fail('name', 'invalid_argument', 'A category needs a name.',
                             'Type a name such as "Dairy" or "Butter".');
    END IF;
    IF strpos(clean, '/') > 0 THEN
        PERFORM catalog.fail('name', 'invalid_argument',
            format('The name "%s" contains "/", which separates the levels of a category path '
                   '(Dairy/Butter).', clean),
            'Use another character in the name, such as "&" or "-".');
    END IF;
    IF length(clean) > 120 THEN
        PERFORM catalog.fail('name', 'invalid_argument',
            format('A category name has at most 120 characters (this one has %s).', length(clean)));
    END IF;
    RETURN clean;
END
$$;

CREATE FUNCTION catalog.category(p_tenant_id uuid, p_id uuid, p_field text)
    RETURNS public.categories
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    found_row public.categories;
BEGIN
    SELECT * INTO found_row FROM public.categories c WHERE c.tenant_id = p_tenant_id AND c.id = p_id;
    IF NOT FOUND THEN
        PERFORM catalog.fail(p_field, 'not_found',
            format('There is no category %s in this catalog.', coalesce(p_id::text, '(none given)')),
            'Pick the category from the list.');
    END IF;
    RETURN found_row;
END
$$;

-- Refuses a name that a sibling under p_parent_id has already (in any letter case).
CREATE FUNCTION catalog.require_free_name(p_tenant_id uuid, p_parent_id uuid, p_name text,
                                          p_self uuid)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    clash record;
BEGIN
    SELECT c.name, p.path AS parent_path INTO clash
      FROM public.categories c
      LEFT JOIN public.categories p ON p.tenant_id = c.tenant_id AND p.id = c.parent_id
     WHERE c.tenant_id = p_tenant_id AND c.parent_id IS NOT DISTINCT FROM p_parent_id
       AND lower(c.name) = lower(p_name) AND c.id IS DISTINCT FROM p_self
     LIMIT 1;
    IF FOUND THEN
        PERFORM catalog.fail('name', 'already_exists',
            format('There is already a category "%s" %s.', clash.name,
                   coalesce('in ' || clash.parent_path, 'at the top level')),
            'Choose another name, or use the existing category.');
    END IF;
END
$$;

-- Rewrites the path of a category and everything below it from p_old to p_new.
CREATE FUNCTION catalog.move_paths(p_tenant_id uuid, p_old text, p_new text) RETURNS void
    LANGUAGE sql
    SET search_path = pg_catalog, pg_temp
AS $$
    UPDATE public.categories c
       SET path = p_new || substr(c.path, length(p_old) + 1), updated_at = now()
     WHERE c.tenant_id = p_tenant_id
       AND (c.path = p_old OR left(c.path, length(p_old) + 1) = p_old || '/');
$$;

CREATE FUNCTION catalog.category_json(p_tenant_id uuid, p_id uuid) RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_build_object('category_id', c.id, 'parent_id', c.parent_id, 'name', c.name,
                              'path', c.path, 'sort_order', c.sort_order, 'is_active', c.is_active)
      FROM public.categories c WHERE c.tenant_id = p_tenant_id AND c.id = p_id
$$;

-- A category under p_parent_id (NULL: at the top), last among its siblings.
CREATE FUNCTION api.create_category(p_request_id uuid, p_parent_id uuid, p_name text)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    clean text;
    parent public.categories;
    made uuid;
BEGIN
    PERFORM catalog.require_editor(c);
    prior := auth.begin_command(c.tenant_id, 'create_category', p_request_id,
        jsonb_build_object('parent_id', p_parent_id, 'name', p_name));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    PERFORM catalog.lock_tree(c.tenant_id);
    clean := catalog.category_name(p_name);
    IF p_parent_id IS NOT NULL THEN
        parent := catalog.category(c.tenant_id, p_parent_id, 'parent');
        IF NOT parent.is_active THEN
            PERFORM catalog.fail('parent', 'invalid_argument',
                format('The category "%s" is deactivated.', parent.path),
                'Reactivate it before adding categories to it, or choose another.');
        END IF;
    END IF;
    PERFORM catalog.require_free_name(c.tenant_id, p_parent_id, clean, NULL);
    INSERT INTO public.categories (tenant_id, parent_id, name, path, sort_order)
    VALUES (c.tenant_id, p_parent_id, clean, coalesce(parent.path || '/', '') || clean,
            coalesce((SELECT max(s.sort_order) FROM public.categories s
                       WHERE s.tenant_id = c.tenant_id
                         AND s.parent_id IS NOT DISTINCT FROM p_parent_id), 0) + 1)
    RETURNING id INTO made;
    RETURN auth.finish_command(c.tenant_id, p_request_id, catalog.category_json(c.tenant_id, made));
END
$$;

-- Renames a category; the paths of everything below it follow.
CREATE FUNCTION api.rename_category(p_request_id uuid, p_category_id uuid, p_name text)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    clean text;
    cat public.categories;
    parent_path text;
BEGIN
    PERFORM catalog.require_editor(c);
    prior := auth.begin_command(c.tenant_id, 'rename_category', p_request_id,
        jsonb_build_object('category_id', p_category_id, 'name', p_name));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    PERFORM catalog.lock_tree(c.tenant_id);
    cat := catalog.category(c.tenant_id, p_category_id, 'category');
    clean := catalog.category_name(p_name);
    PERFORM catalog.require_free_name(c.tenant_id, cat.parent_id, clean, cat.id);
    SELECT p.path INTO parent_path FROM public.categories p
     WHERE p.tenant_id = c.tenant_id AND p.id = cat.parent_id;
    UPDATE public.categories SET name = clean, updated_at = now()
     WHERE tenant_id = c.tenant_id AND id = cat.id;
    PERFORM catalog.move_paths(c.tenant_id, cat.path, coalesce(parent_path || '/', '') || clean);
    RETURN auth.finish_command(c.tenant_id, p_request_id, catalog.category_json(c.tenant_id, cat.id));
END
$$;

-- Moves a category (with everything below it) under p_parent_id, or to the top when NULL;
-- it goes last among its new siblings.
CREATE FUNCTION api.move_category(p_request_id uuid, p_category_id uuid, p_parent_id uuid)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    cat public.categories;
    parent public.categories;
BEGIN
    PERFORM catalog.require_editor(c);
    prior := auth.begin_command(c.tenant_id, 'move_category', p_request_id,
        jsonb_build_object('category_id', p_category_id, 'parent_id', p_parent_id));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    PERFORM catalog.lock_tree(c.tenant_id);
    cat := catalog.category(c.tenant_id, p_category_id, 'category');
    IF p_parent_id IS NOT NULL THEN
        parent := catalog.category(c.tenant_id, p_parent_id, 'parent');
        IF parent.id = cat.id OR left(parent.path, length(cat.path) + 1) = cat.path || '/' THEN
            PERFORM catalog.fail('parent', 'invalid_argument',
                format('"%s" cannot be moved into "%s": that is %s.', cat.path, parent.path,
                       CASE WHEN parent.id = cat.id THEN 'the category itself' ELSE 'inside it' END),
                format('Choose a category outside "%s", or the top level.', cat.path));
        END IF;
        IF NOT parent.is_active AND cat.is_active THEN
            PERFORM catalog.fail('parent', 'invalid_argument',
                format('The category "%s" is deactivated.', parent.path),
                'Reactivate it first, or choose another.');
        END IF;
    END IF;
    IF cat.parent_id IS NOT DISTINCT FROM p_parent_id THEN
        RETURN auth.finish_command(c.tenant_id, p_request_id, catalog.category_json(c.tenant_id, cat.id));
    END IF;
    PERFORM catalog.require_free_name(c.tenant_id, p_parent_id, cat.name, cat.id);
    UPDATE public.categories
       SET parent_id = p_parent_id, updated_at = now(),
           sort_order = coalesce((SELECT max(s.sort_order) FROM public.categories s
                                   WHERE s.tenant_id = c.tenant_id
                                     AND s.parent_id IS NOT DISTINCT FROM p_parent_id), 0) + 1
     WHERE tenant_id = c.tenant_id AND id = cat.id;
    PERFORM catalog.move_paths(c.tenant_id, cat.path, coalesce(parent.path || '/', '') || cat.name);
    RETURN auth.finish_command(c.tenant_id, p_request_id, catalog.category_json(c.tenant_id, cat.id));
END
$$;

-- Puts the categories under p_parent_id (NULL: the top level) in the order of p_category_ids,
-- which must name each of them once.
CREATE FUNCTION api.reorder_categories(p_request_id uuid, p_parent_id uuid, p_category_ids uuid[])
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    parent public.categories;
    children uuid[];
BEGIN
    PERFORM catalog.require_editor(c);
    prior := auth.begin_command(c.tenant_id, 'reorder_categories', p_request_id,
        jsonb_build_object('parent_id', p_parent_id, 'category_ids', to_jsonb(p_category_ids)));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    PERFORM catalog.lock_tree(c.tenant_id);
    IF p_parent_id IS NOT NULL THEN
        parent := catalog.category(c.tenant_id, p_parent_id, 'parent');
    END IF;
    children := ARRAY(SELECT s.id FROM public.categories s
                       WHERE s.tenant_id = c.tenant_id
                         AND s.parent_id IS NOT DISTINCT FROM p_parent_id ORDER BY s.id);
    IF coalesce(cardinality(p_category_ids), 0) <> cardinality(children)
       OR ARRAY(SELECT DISTINCT x FROM unnest(p_category_ids) AS x ORDER BY x) IS DISTINCT FROM children THEN
        PERFORM catalog.fail('order', 'invalid_argument',
            format('The new order must name each of the %s categories %s exactly once.',
                   cardinality(children), coalesce('in ' || parent.path, 'at the top level')),
            'Reload the category tree and try again.');
    END IF;
    UPDATE public.categories s SET sort_order = o.n, updated_at = now()
      FROM unnest(p_category_ids) WITH ORDINALITY AS o(id, n)
     WHERE s.tenant_id = c.tenant_id AND s.id = o.id AND s.sort_order <> o.n;
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        jsonb_build_object('parent_id', p_parent_id, 'category_ids', to_jsonb(p_category_ids)));
END
$$;

-- Deactivates a category and everything below it (they leave the category lists; their items
-- stay where they are), or reactivates them, which needs an active parent.
CREATE FUNCTION api.set_category_active(p_request_id uuid, p_category_id uuid, p_active boolean)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    cat public.categories;
    parent public.categories;
    affected integer;
BEGIN
    PERFORM catalog.require_editor(c);
    prior := auth.begin_command(c.tenant_id, 'set_category_active', p_request_id,
        jsonb_build_object('category_id', p_category_id, 'active', p_active));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    IF p_active IS NULL THEN
        PERFORM catalog.fail('active', 'invalid_argument', 'Say whether the category is to be active.');
    END IF;
    PERFORM catalog.lock_tree(c.tenant_id);
    cat := catalog.category(c.tenant_id, p_category_id, 'category');
    IF p_active AND cat.parent_id IS NOT NULL THEN
        parent := catalog.category(c.tenant_id, cat.parent_id, 'parent');
        IF NOT parent.is_active THEN
            PERFORM catalog.fail('category', 'invalid_argument',
                format('"%s" is inside "%s", which is deactivated.', cat.path, parent.path),
                format('Reactivate "%s" first.', parent.path));
        END IF;
    END IF;
    UPDATE public.categories s SET is_active = p_active, updated_at = now()
     WHERE s.tenant_id = c.tenant_id AND s.is_active <> p_active
       AND (s.id = cat.id OR left(s.path, length(cat.path) + 1) = cat.path || '/');
    GET DIAGNOSTICS affected = ROW_COUNT;
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        catalog.category_json(c.tenant_id, cat.id) || jsonb_build_object('categories_changed', affected));
END
$$;

-- ── Writing products and variants ──────────────────────────────────────────────────────────
-- Writes the fields of p_fields (absent keys stay as they are) to product p_product_id, a new
-- one when p_new. The caller holds the product's lock. Returns whether anything changed; a
-- change moves products.version.
CREATE FUNCTION catalog.write_product(p_tenant_id uuid, p_product_id uuid, p_new boolean,
                                      p_fields jsonb)
    RETURNS boolean
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    f constant jsonb := coalesce(p_fields, '{}');
    cur public.products;
    new_name text;
    new_brand text;
    new_description text;
    new_hsn text;
    new_category uuid;
    new_attributes jsonb;
    new_active boolean;
    cat public.categories;
    given text;
BEGIN
    PERFORM catalog.require_keys(f, ARRAY['name', 'brand', 'description', 'hsn_code',
                                          'category_id', 'attributes', 'is_active'],
                                 'product', 'product.');
    IF NOT p_new THEN
        SELECT * INTO cur FROM public.products p WHERE p.tenant_id = p_tenant_id AND p.id = p_product_id;
    END IF;
    new_name := CASE WHEN f ? 'name' THEN catalog.text_field(f, 'name', 'product.name', 'product name')
                     ELSE cur.name END;
    IF coalesce(new_name, '') = '' THEN
        PERFORM catalog.fail('product.name', 'invalid_argument', 'A product needs a name.',
                             'Type the name as printed on the pack, e.g. "Amul Butter".');
    END IF;
    IF length(new_name) > 300 THEN
        PERFORM catalog.fail('product.name', 'invalid_argument',
            format('A product name has at most 300 characters (this one has %s).', length(new_name)));
    END IF;
    new_brand := CASE WHEN f ? 'brand' THEN nullif(catalog.text_field(f, 'brand', 'product.brand', 'brand'), '')
                      ELSE cur.brand END;
    IF length(new_brand) > 120 THEN
        PERFORM catalog.fail('product.brand', 'invalid_argument',
            format('A brand has at most 120 characters (this one has %s).', length(new_brand)));
    END IF;
    new_description := CASE WHEN f ? 'description'
                            THEN nullif(catalog.text_field(f, 'description', 'product.description', 'description'), '')
                            ELSE cur.description END;
    new_hsn := CASE WHEN f ? 'hsn_code'
                    THEN nullif(catalog.text_field(f, 'hsn_code', 'product.hsn_code', 'HSN code'), '')
                    ELSE cur.hsn_code END;
    IF new_hsn !~ '^[0-9]{4,8}$' THEN
        PERFORM catalog.fail('product.hsn_code', 'invalid_argument',
            format('The HSN code "%s" must be 4 to 8 digits.', new_hsn),
            'Copy it from the supplier''s invoice, e.g. 0405 for butter; or leave it empty.');
    END IF;
    new_category := cur.category_id;
    IF f ? 'category_id' THEN
        given := nullif(catalog.text_field(f, 'category_id', 'product.category_id', 'category'), '');
        IF given IS NOT NULL AND given !~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' THEN
            PERFORM catalog.fail('product.category_id', 'invalid_argument',
                format('"%s" is not a category id.', given), 'Pick the category from the list.');
        END IF;
        new_category := given::uuid;
        IF new_category IS DISTINCT FROM cur.category_id AND new_category IS NOT NULL THEN
            cat := catalog.category(p_tenant_id, new_category, 'product.category_id');
            IF NOT cat.is_active THEN
                PERFORM catalog.fail('product.category_id', 'invalid_argument',
                    format('The category "%s" is deactivated.', cat.path),
                    'Choose an active category, or reactivate that one first.');
            END IF;
        END IF;
    END IF;
    new_attributes := CASE WHEN f ? 'attributes' THEN catalog.attributes(f -> 'attributes', 'product.attributes')
                           ELSE coalesce(cur.attributes, '{}') END;
    new_active := CASE WHEN f ? 'is_active'
                       THEN catalog.bool_field(f, 'is_active', 'product.is_active', 'Active')
                       ELSE coalesce(cur.is_active, true) END;
    IF p_new THEN
        INSERT INTO public.products (tenant_id, id, category_id, name, brand, description, hsn_code,
                                     attributes, is_active)
        VALUES (p_tenant_id, p_product_id, new_category, new_name, new_brand, new_description,
                new_hsn, new_attributes, new_active);
        RETURN true;
    END IF;
    IF (new_name, new_brand, new_description, new_hsn, new_category, new_attributes, new_active)
       IS NOT DISTINCT FROM
       (cur.name::text, cur.brand::text, cur.description, cur.hsn_code::text, cur.category_id,
        cur.attributes, cur.is_active) THEN
        RETURN false;
    END IF;
    UPDATE public.products p
       SET name = new_name, brand = new_brand, description = new_description, hsn_code = new_hsn,
           category_id = new_category, attributes = new_attributes, is_active = new_active,
           version = p.version + 1, updated_at = now()
     WHERE p.tenant_id = p_tenant_id AND p.id = p_product_id;
    RETURN true;
END
$$;

-- Replaces the barcodes of a variant with p_list (objects {barcode, primary}, as in the
-- canonical document; the type follows from the length), when they differ.
CREATE FUNCTION catalog.write_barcodes(p_tenant_id uuid, p_variant_id uuid, p_list jsonb)
    RETURNS boolean
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    item jsonb;
    code text;
    codes text[] := '{}';
    types text[] := '{}';
    primaries boolean[] := '{}';
    marked integer;
BEGIN
    IF jsonb_typeof(p_list) IS DISTINCT FROM 'array' THEN
        PERFORM catalog.fail('barcodes', 'invalid_argument',
            'Barcodes must be a list of {"barcode": …, "primary": …}.');
    END IF;
    FOR item IN SELECT e.element FROM jsonb_array_elements(p_list) AS e(element) LOOP
        code := btrim(coalesce(CASE WHEN jsonb_typeof(item) = 'object' THEN item ->> 'barcode'
                                    ELSE item #>> '{}' END, ''));
        types := types || catalog.barcode_type(code);
        IF code = ANY (codes) THEN
            PERFORM catalog.fail('barcodes', 'invalid_argument',
                format('Barcode %s is listed twice.', code), 'Remove one of them.');
        END IF;
        codes := codes || code;
        primaries := primaries || (jsonb_typeof(item) = 'object'
                                   AND coalesce(item -> 'primary', 'false') = 'true');
    END LOOP;
    marked := (SELECT count(*) FROM unnest(primaries) AS p WHERE p);
    IF cardinality(codes) > 0 AND marked <> 1 THEN
        PERFORM catalog.fail('barcodes', 'invalid_argument',
            CASE WHEN marked = 0 THEN 'Mark one of the barcodes as the primary one.'
                 ELSE format('Only one barcode can be the primary one (%s are marked).', marked) END,
            'The primary barcode is the one on the shelf label and in the events.');
    END IF;
    PERFORM catalog.require_barcodes_free(p_tenant_id, p_variant_id, codes);
    IF ARRAY(SELECT row(b.barcode::text, b.barcode_type::text, b.is_primary)::text
               FROM public.variant_barcodes b
              WHERE b.tenant_id = p_tenant_id AND b.variant_id = p_variant_id ORDER BY b.barcode)
       = ARRAY(SELECT row(x.code, x.kind, x.prim)::text
                 FROM unnest(codes, types, primaries) AS x(code, kind, prim) ORDER BY x.code) THEN
        RETURN false;
    END IF;
    DELETE FROM public.variant_barcodes b WHERE b.tenant_id = p_tenant_id AND b.variant_id = p_variant_id;
    BEGIN
        INSERT INTO public.variant_barcodes (tenant_id, barcode, variant_id, barcode_type, is_primary)
        SELECT p_tenant_id, x.code, p_variant_id, x.kind, x.prim
          FROM unnest(codes, types, primaries) AS x(code, kind, prim);
    EXCEPTION WHEN unique_violation THEN
        -- Another session gave one of them to its variant after the check above: name it.
        PERFORM catalog.require_barcodes_free(p_tenant_id, p_variant_id, codes);
        RAISE;
    END;
    RETURN true;
END
$$;

-- Replaces the other units of a variant with p_list (objects {uom, factor, purchase, sales}:
-- one uom is factor stock units), when they differ.
CREATE FUNCTION catalog.write_uoms(p_tenant_id uuid, p_variant_id uuid, p_stock_uom text,
                                   p_list jsonb)
    RETURNS boolean
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    item jsonb;
    unit text;
    units text[] := '{}';
    factors numeric[] := '{}';
    purchase boolean[] := '{}';
    sales boolean[] := '{}';
BEGIN
    IF jsonb_typeof(p_list) IS DISTINCT FROM 'array' THEN
        PERFORM catalog.fail('uoms', 'invalid_argument',
            'Units must be a list of {"uom": …, "factor": …}.');
    END IF;
    FOR item IN SELECT e.element FROM jsonb_array_elements(p_list) AS e(element) LOOP
        IF jsonb_typeof(item) <> 'object' THEN
            PERFORM catalog.fail('uoms', 'invalid_argument',
                'Each unit must be an object such as {"uom": "case", "factor": 24}.');
        END IF;
        unit := catalog.unit(p_tenant_id, item ->> 'uom', 'uoms', 'other unit');
        IF unit = p_stock_uom THEN
            PERFORM catalog.fail('uoms', 'invalid_argument',
                format('"%s" is the stock unit itself; list only the other units it is bought or '
                       'sold in.', unit), 'Remove that row.');
        END IF;
        IF unit = ANY (units) THEN
            PERFORM catalog.fail('uoms', 'invalid_argument', format('The unit "%s" is listed twice.', unit),
                                 'Keep one of them.');
        END IF;
        units := units || unit;
        factors := factors || catalog.amount_field(item -> 'factor', 'uoms',
                                                   format('number of %s in one %s', p_stock_uom, unit));
        purchase := purchase || (coalesce(item -> 'purchase', 'false') = 'true');
        sales := sales || (coalesce(item -> 'sales', 'false') = 'true');
    END LOOP;
    IF ARRAY(SELECT row(u.uom_code::text, trim_scale(u.conversion_factor), u.is_purchase_unit,
                        u.is_sales_unit)::text
               FROM public.variant_uoms u
              WHERE u.tenant_id = p_tenant_id AND u.variant_id = p_variant_id ORDER BY u.uom_code)
       = ARRAY(SELECT row(x.unit, x.factor, x.buy, x.sell)::text
                 FROM unnest(units, factors, purchase, sales) AS x(unit, factor, buy, sell)
                ORDER BY x.unit) THEN
        RETURN false;
    END IF;
    DELETE FROM public.variant_uoms u WHERE u.tenant_id = p_tenant_id AND u.variant_id = p_variant_id;
    INSERT INTO public.variant_uoms (tenant_id, variant_id, uom_code, conversion_factor,
                                     is_purchase_unit, is_sales_unit)
    SELECT p_tenant_id, p_variant_id, x.unit, x.factor, x.buy, x.sell
      FROM unnest(units, factors, purchase, sales) AS x(unit, factor, buy, sell);
    RETURN true;
END
$$;

-- Writes the fields of p_fields (absent keys stay as they are) to variant p_variant_id of
-- product p_product_id, a new one when p_new; the caller holds the locks. Returns whether
-- anything changed.
CREATE FUNCTION catalog.write_variant(p_tenant_id uuid, p_variant_id uuid, p_product_id uuid,
                                      p_new boolean, p_fields jsonb)
    RETURNS boolean
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    f constant jsonb := coalesce(p_fields, '{}');
    cur public.variants;
    new_sku text;
    new_name text;
    new_pack numeric;
    new_pack_uom text;
    new_stock_uom text;
    new_attributes jsonb;
    new_essential boolean;
    changed boolean := false;
BEGIN
    PERFORM catalog.require_keys(f, ARRAY['sku', 'name', 'pack_size', 'pack_uom', 'stock_uom',
                                          'uoms', 'barcodes', 'attributes', 'is_essential'],
                                 'variant', '');
    IF NOT p_new THEN
        SELECT * INTO cur FROM public.variants v WHERE v.tenant_id = p_tenant_id AND v.id = p_variant_id;
    END IF;
    new_sku := CASE WHEN f ? 'sku' THEN upper(catalog.text_field(f, 'sku', 'sku', 'SKU')) ELSE cur.sku END;
    IF coalesce(new_sku, '') = '' THEN
        PERFORM catalog.fail('sku', 'invalid_argument', 'A variant needs a SKU.',
                             'Type the stock-keeping code, e.g. AMUL-BUTTER-500G.');
    END IF;
    IF length(new_sku) > 100 THEN
        PERFORM catalog.fail('sku', 'invalid_argument',
            format('A SKU has at most 100 characters (this one has %s).', length(new_sku)));
    END IF;
    IF new_sku !~ '^[A-Z0-9][A-Z0-9._/-]*$' THEN
        PERFORM catalog.fail('sku', 'invalid_argument',
            format('The SKU "%s" may contain only letters, digits and . _ / -, starting with a '
                   'letter or digit.', new_sku),
            'Letters are kept in capitals; use "-" where you would put a space.');
    END IF;
    IF new_sku IS DISTINCT FROM cur.sku THEN
        PERFORM catalog.require_sku_free(p_tenant_id, p_variant_id, new_sku);
    END IF;
    new_name := CASE WHEN f ? 'name' THEN catalog.text_field(f, 'name', 'name', 'name') ELSE cur.name END;
    IF coalesce(new_name, '') = '' THEN
        PERFORM catalog.fail('name', 'invalid_argument', 'A variant needs a name.',
                             'Type the full name as it should read on a bill, e.g. "Amul Butter 500 g".');
    END IF;
    IF length(new_name) > 300 THEN
        PERFORM catalog.fail('name', 'invalid_argument',
            format('A name has at most 300 characters (this one has %s).', length(new_name)));
    END IF;
    new_pack := CASE WHEN f ? 'pack_size' THEN catalog.amount_field(f -> 'pack_size', 'pack_size', 'pack size')
                     ELSE coalesce(cur.pack_size, 1) END;
    new_pack_uom := CASE WHEN f ? 'pack_uom' THEN catalog.unit(p_tenant_id, f ->> 'pack_uom', 'pack_uom', 'pack unit')
                         ELSE coalesce(cur.pack_uom, catalog.unit(p_tenant_id, 'pc', 'pack_uom', 'pack unit')) END;
    new_stock_uom := CASE WHEN f ? 'stock_uom' THEN catalog.unit(p_tenant_id, f ->> 'stock_uom', 'stock_uom', 'stock unit')
                          ELSE coalesce(cur.stock_uom, catalog.unit(p_tenant_id, 'pc', 'stock_uom', 'stock unit')) END;
    new_attributes := CASE WHEN f ? 'attributes' THEN catalog.attributes(f -> 'attributes', 'attributes')
                           ELSE coalesce(cur.attributes, '{}') END;
    new_essential := CASE WHEN f ? 'is_essential'
                          THEN catalog.bool_field(f, 'is_essential', 'is_essential', 'Essential')
                          ELSE coalesce(cur.is_essential, false) END;
    BEGIN
        IF p_new THEN
            INSERT INTO public.variants (tenant_id, id, product_id, sku, name, pack_size, pack_uom,
                                         stock_uom, attributes, is_essential)
            VALUES (p_tenant_id, p_variant_id, p_product_id, new_sku, new_name, new_pack,
                    new_pack_uom, new_stock_uom, new_attributes, new_essential);
            changed := true;
        ELSIF (new_sku, new_name, new_pack, new_pack_uom, new_stock_uom, new_attributes, new_essential)
              IS DISTINCT FROM
              (cur.sku::text, cur.name::text, cur.pack_size, cur.pack_uom::text, cur.stock_uom::text,
               cur.attributes, cur.is_essential) THEN
            UPDATE public.variants v
               SET sku = new_sku, name = new_name, pack_size = new_pack, pack_uom = new_pack_uom,
                   stock_uom = new_stock_uom, attributes = new_attributes,
                   is_essential = new_essential, updated_at = now()
             WHERE v.tenant_id = p_tenant_id AND v.id = p_variant_id;
            changed := true;
        END IF;
    EXCEPTION WHEN unique_violation THEN
        -- Another session took the SKU after the check above: name it.
        PERFORM catalog.require_sku_free(p_tenant_id, p_variant_id, new_sku);
        RAISE;
    END;
    IF f ? 'barcodes' THEN
        changed := catalog.write_barcodes(p_tenant_id, p_variant_id, f -> 'barcodes') OR changed;
    END IF;
    IF f ? 'uoms' THEN
        changed := catalog.write_uoms(p_tenant_id, p_variant_id, new_stock_uom, f -> 'uoms') OR changed;
    ELSIF EXISTS (SELECT 1 FROM public.variant_uoms u
                   WHERE u.tenant_id = p_tenant_id AND u.variant_id = p_variant_id
                     AND u.uom_code = new_stock_uom) THEN
        PERFORM catalog.fail('stock_uom', 'invalid_argument',
            format('"%s" is listed among the other units; it cannot be the stock unit as well.',
                   new_stock_uom),
            'Remove it from the other units in the same save.');
    END IF;
    IF changed AND NOT p_new THEN
        UPDATE public.variants v SET updated_at = now()
         WHERE v.tenant_id = p_tenant_id AND v.id = p_variant_id AND v.updated_at <> now();
    END IF;
    RETURN changed;
END
$$;

-- Archives or reactivates a variant (the caller holds its lock): its stock positions are locked
-- first, as the stock commands lock them, and the orderability of each follows, with
-- inventory.orderability.changed where it flips.
CREATE FUNCTION catalog.set_status(p_tenant_id uuid, p_variant_id uuid, p_status text)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    pos public.stock_positions;
    s stock.subject;
    prior_subject stock.subject;
    sellable numeric;
    was text;
    now_reason text;
BEGIN
    PERFORM 1 FROM public.stock_positions sp
     WHERE sp.tenant_id = p_tenant_id AND sp.variant_id = p_variant_id
     ORDER BY sp.location_id FOR NO KEY UPDATE;
    UPDATE public.variants v SET status = p_status, updated_at = now()
     WHERE v.tenant_id = p_tenant_id AND v.id = p_variant_id;
    FOR pos IN SELECT * FROM public.stock_positions sp
                WHERE sp.tenant_id = p_tenant_id AND sp.variant_id = p_variant_id
                ORDER BY sp.location_id LOOP
        s := stock.subject(p_tenant_id, p_variant_id, pos.location_id);
        prior_subject := s;
        prior_subject.variant_status := CASE p_status WHEN 'archived' THEN 'active' ELSE 'archived' END;
        sellable := pos.quantity_available - stock.unsellable(s);
        was := stock.unorderable_reason(prior_subject, sellable);
        now_reason := stock.unorderable_reason(s, sellable);
        CONTINUE WHEN was IS NOT DISTINCT FROM now_reason;
        INSERT INTO public.orderability_projection AS o
               (tenant_id, variant_id, location_id, is_orderable, reason_code, available_qty, updated_at)
        VALUES (p_tenant_id, p_variant_id, pos.location_id, now_reason IS NULL, now_reason, sellable, now())
        ON CONFLICT (tenant_id, variant_id, location_id) DO UPDATE
           SET is_orderable = EXCLUDED.is_orderable, reason_code = EXCLUDED.reason_code,
               available_qty = EXCLUDED.available_qty, updated_at = EXCLUDED.updated_at;
        INSERT INTO public.outbox (tenant_id, event_type, product_id, variant_id, location_id, data, actor)
        VALUES (p_tenant_id, 'inventory.orderability.changed', s.product_id, p_variant_id,
                pos.location_id,
                jsonb_build_object('variant_id', p_variant_id, 'location_id', pos.location_id,
                                   'sku', s.sku, 'is_orderable', now_reason IS NULL,
                                   'reason_code', now_reason, 'available_qty', sellable),
                session_user);
    END LOOP;
END
$$;

-- ── Events and results ─────────────────────────────────────────────────────────────────────
CREATE FUNCTION catalog.announce_product(p_tenant_id uuid, p_product_id uuid) RETURNS void
    LANGUAGE sql
    SET search_path = pg_catalog, pg_temp
AS $$
    INSERT INTO public.outbox (tenant_id, event_type, product_id, data, actor)
    SELECT p.tenant_id, 'catalog.product.upserted', p.id,
           jsonb_build_object('product_id', p.id, 'name', p.name, 'brand', p.brand,
                              'description', p.description, 'hsn_code', p.hsn_code,
                              'category_id', p.category_id, 'attributes', p.attributes,
                              'is_active', p.is_active, 'version', p.version,
                              'variant_ids', to_jsonb(ARRAY(SELECT v.id FROM public.variants v
                                                             WHERE v.tenant_id = p.tenant_id
                                                               AND v.product_id = p.id ORDER BY v.id))),
           session_user
      FROM public.products p WHERE p.tenant_id = p_tenant_id AND p.id = p_product_id;
$$;

-- catalog.variant.upserted for each of p_variant_ids, in the seed's shape (the primary barcode,
-- the product's category, the version number) plus the pack and status.
CREATE FUNCTION catalog.announce_variants(p_tenant_id uuid, p_variant_ids uuid[]) RETURNS void
    LANGUAGE sql
    SET search_path = pg_catalog, pg_temp
AS $$
    INSERT INTO public.outbox (tenant_id, event_type, product_id, variant_id, data, actor)
    SELECT v.tenant_id, 'catalog.variant.upserted', v.product_id, v.id,
           jsonb_build_object('variant_id', v.id, 'product_id', v.product_id, 'sku', v.sku,
                              'name', v.name,
                              'barcode', (SELECT b.barcode FROM public.variant_barcodes b
                                           WHERE b.tenant_id = v.tenant_id AND b.variant_id = v.id
                                             AND b.is_primary),
                              'category_id', p.category_id, 'attributes', v.attributes,
                              'pack_size', trim_scale(v.pack_size), 'pack_uom', v.pack_uom,
                              'stock_uom', v.stock_uom, 'status', v.status,
                              'is_essential', v.is_essential, 'source_system_id', NULL,
                              'version_no', v.version),
           session_user
      FROM public.variants v
      JOIN public.products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id
     WHERE v.tenant_id = p_tenant_id AND v.id = ANY (p_variant_ids)
     ORDER BY v.id;
$$;

CREATE FUNCTION catalog.variant_result(p_tenant_id uuid, p_variant_id uuid) RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_build_object('variant_id', v.id, 'product_id', v.product_id, 'sku', v.sku,
                              'name', v.name, 'status', v.status, 'version_no', v.version,
                              'product_version', p.version)
      FROM public.variants v
      JOIN public.products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id
     WHERE v.tenant_id = p_tenant_id AND v.id = p_variant_id
$$;

-- Refuses (version_conflict) when the variant's token is not the one the editor read, saying who
-- changed it and when (from its newest version).
CREATE FUNCTION catalog.require_version(p_tenant_id uuid, v public.variants, p_expected integer)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    newest record;
BEGIN
    IF p_expected IS NULL THEN
        PERFORM catalog.fail(NULL, 'invalid_argument',
            format('Saving %s needs the version you edited (expected version).', v.sku),
            'Send the version number the item had when you opened it.');
    END IF;
    IF v.version = p_expected THEN
        RETURN;
    END IF;
    SELECT x.changed_by, x.created_at INTO newest FROM public.catalog_item_versions x
     WHERE x.tenant_id = p_tenant_id AND x.variant_id = v.id
     ORDER BY x.version_no DESC LIMIT 1;
    PERFORM catalog.fail(NULL, 'version_conflict',
        CASE WHEN newest.changed_by IS NULL
             THEN format('%s has changed since you opened it (now version %s; you edited version %s).',
                         v.sku, v.version, p_expected)
             ELSE format('%s was changed by %s on %s (now version %s; you edited version %s).',
                         v.sku, catalog.who(p_tenant_id, newest.changed_by),
                         catalog.when_text(p_tenant_id, newest.created_at), v.version, p_expected) END,
        'Compare their changes with yours: reload theirs, or keep your edits on top of theirs and '
        'save again.');
END
$$;

-- The variant p_variant_id of the caller's tenant, with its product and every variant of that
-- product locked (product first, variants in id order: the order of every catalog command).
CREATE FUNCTION catalog.lock_variant(p_tenant_id uuid, p_variant_id uuid) RETURNS public.variants
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v public.variants;
BEGIN
    SELECT * INTO v FROM public.variants x WHERE x.tenant_id = p_tenant_id AND x.id = p_variant_id;
    IF NOT FOUND THEN
        PERFORM catalog.fail(NULL, 'unknown_variant',
            format('There is no variant %s in this catalog.', coalesce(p_variant_id::text, '(none given)')),
            'It may have been deleted meanwhile: reload the catalog.');
    END IF;
    PERFORM 1 FROM public.products p WHERE p.tenant_id = p_tenant_id AND p.id = v.product_id FOR UPDATE;
    PERFORM 1 FROM public.variants x WHERE x.tenant_id = p_tenant_id AND x.product_id = v.product_id
      ORDER BY x.id FOR UPDATE;
    SELECT * INTO v FROM public.variants x WHERE x.tenant_id = p_tenant_id AND x.id = p_variant_id;
    RETURN v;
END
$$;

-- The one path of every change to an existing variant: lock, check the token, record the state
-- before, write the variant fields of p_changes, its product's fields (p_changes -> 'product';
-- then every variant of the product is versioned), and the status p_status (NULL: as it is),
-- record the state after, announce what changed. Returns the variant as left, with "changed"
-- (whether a version was written for it).
CREATE FUNCTION catalog.change_variant(c auth.caller, p_variant_id uuid, p_expected_version integer,
                                       p_changes jsonb, p_status text)
    RETURNS jsonb
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v public.variants;
    touched uuid[];
    written uuid[];
    product_changed boolean := false;
BEGIN
    IF jsonb_typeof(p_changes) IS DISTINCT FROM 'object' THEN
        PERFORM catalog.fail(NULL, 'invalid_argument',
            'The changes must be a JSON object of the fields to change.');
    END IF;
    v := catalog.lock_variant(c.tenant_id, p_variant_id);
    PERFORM catalog.require_version(c.tenant_id, v, p_expected_version);
    touched := CASE WHEN p_changes ? 'product'
                    THEN ARRAY(SELECT x.id FROM public.variants x
                                WHERE x.tenant_id = c.tenant_id AND x.product_id = v.product_id
                                ORDER BY x.id)
                    ELSE ARRAY[v.id] END;
    PERFORM catalog.record_versions(c.tenant_id, touched, NULL, session_user);
    PERFORM catalog.write_variant(c.tenant_id, v.id, v.product_id, false, p_changes - 'product');
    IF p_changes ? 'product' THEN
        product_changed := catalog.write_product(c.tenant_id, v.product_id, false, p_changes -> 'product');
    END IF;
    IF p_status IS NOT NULL AND p_status <> v.status THEN
        PERFORM catalog.set_status(c.tenant_id, v.id, p_status);
    END IF;
    written := ARRAY(SELECT r.variant_id
                       FROM catalog.record_versions(c.tenant_id, touched, NULL, session_user) r
                      ORDER BY r.variant_id);
    IF product_changed THEN
        PERFORM catalog.announce_product(c.tenant_id, v.product_id);
    END IF;
    PERFORM catalog.announce_variants(c.tenant_id, written);
    RETURN catalog.variant_result(c.tenant_id, v.id)
           || jsonb_build_object('changed', v.id = ANY (written),
                                 'variants_versioned', cardinality(written));
END
$$;

-- ── Product and variant commands ───────────────────────────────────────────────────────────
-- A new product with its first variant (a product without variants shows nowhere). p_product
-- and p_variant hold the fields of each, as api.update_variant takes them.
CREATE FUNCTION api.create_product(p_request_id uuid, p_product jsonb, p_variant jsonb)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    product uuid := gen_random_uuid();
    variant uuid := gen_random_uuid();
BEGIN
    PERFORM catalog.require_editor(c);
    prior := auth.begin_command(c.tenant_id, 'create_product', p_request_id,
        jsonb_build_object('product', p_product, 'variant', p_variant));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    PERFORM catalog.write_product(c.tenant_id, product, true, coalesce(p_product, '{}'));
    PERFORM catalog.write_variant(c.tenant_id, variant, product, true, coalesce(p_variant, '{}'));
    PERFORM catalog.record_versions(c.tenant_id, ARRAY[variant], NULL, session_user);
    PERFORM catalog.announce_product(c.tenant_id, product);
    PERFORM catalog.announce_variants(c.tenant_id, ARRAY[variant]);
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        catalog.variant_result(c.tenant_id, variant) || jsonb_build_object('changed', true));
END
$$;

-- A new variant of an existing product.
CREATE FUNCTION api.create_variant(p_request_id uuid, p_product_id uuid, p_variant jsonb)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    variant uuid := gen_random_uuid();
BEGIN
    PERFORM catalog.require_editor(c);
    prior := auth.begin_command(c.tenant_id, 'create_variant', p_request_id,
        jsonb_build_object('product_id', p_product_id, 'variant', p_variant));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    PERFORM 1 FROM public.products p WHERE p.tenant_id = c.tenant_id AND p.id = p_product_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM catalog.fail(NULL, 'not_found',
            format('There is no product %s in this catalog.', coalesce(p_product_id::text, '(none given)')),
            'Pick the product from the catalog.');
    END IF;
    PERFORM catalog.write_variant(c.tenant_id, variant, p_product_id, true, coalesce(p_variant, '{}'));
    PERFORM catalog.record_versions(c.tenant_id, ARRAY[variant], NULL, session_user);
    PERFORM catalog.announce_variants(c.tenant_id, ARRAY[variant]);
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        catalog.variant_result(c.tenant_id, variant) || jsonb_build_object('changed', true));
END
$$;

-- Changes the fields of p_changes of a variant (sku, name, pack_size, pack_uom, stock_uom, uoms,
-- barcodes, attributes, is_essential) and, under "product", of its product (name, brand,
-- description, hsn_code, category_id, attributes, is_active), if the variant is still at
-- p_expected_version. Lists (barcodes, uoms) and attributes are replaced whole.
CREATE FUNCTION api.update_variant(p_request_id uuid, p_variant_id uuid,
                                   p_expected_version integer, p_changes jsonb)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
BEGIN
    PERFORM catalog.require_editor(c);
    prior := auth.begin_command(c.tenant_id, 'update_variant', p_request_id,
        jsonb_build_object('variant_id', p_variant_id, 'expected_version', p_expected_version,
                           'changes', p_changes));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        catalog.change_variant(c, p_variant_id, p_expected_version, p_changes, NULL));
END
$$;

-- Changes the fields of a product (p_changes as the "product" part of api.update_variant) if it
-- is still at p_expected_version (products.version); each of its variants gets a version.
CREATE FUNCTION api.update_product(p_request_id uuid, p_product_id uuid,
                                   p_expected_version integer, p_changes jsonb)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    prod public.products;
    members uuid[];
    written uuid[];
    changed boolean;
    newest record;
BEGIN
    PERFORM catalog.require_editor(c);
    prior := auth.begin_command(c.tenant_id, 'update_product', p_request_id,
        jsonb_build_object('product_id', p_product_id, 'expected_version', p_expected_version,
                           'changes', p_changes));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    SELECT * INTO prod FROM public.products p
     WHERE p.tenant_id = c.tenant_id AND p.id = p_product_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM catalog.fail(NULL, 'not_found',
            format('There is no product %s in this catalog.', coalesce(p_product_id::text, '(none given)')),
            'It may have been deleted meanwhile: reload the catalog.');
    END IF;
    IF p_expected_version IS NULL THEN
        PERFORM catalog.fail(NULL, 'invalid_argument',
            format('Saving "%s" needs the version you edited (expected version).', prod.name));
    END IF;
    IF prod.version <> p_expected_version THEN
        SELECT x.changed_by, x.created_at INTO newest
          FROM public.catalog_item_versions x
          JOIN public.variants v ON v.tenant_id = x.tenant_id AND v.id = x.variant_id
         WHERE x.tenant_id = c.tenant_id AND v.product_id = prod.id
         ORDER BY x.created_at DESC LIMIT 1;
        PERFORM catalog.fail(NULL, 'version_conflict',
            format('The product "%s" was changed%s (now version %s; you edited version %s).',
                   prod.name,
                   CASE WHEN newest.changed_by IS NOT NULL
                        THEN format(' by %s on %s', catalog.who(c.tenant_id, newest.changed_by),
                                    catalog.when_text(c.tenant_id, newest.created_at))
                        ELSE '' END,
                   prod.version, p_expected_version),
            'Compare their changes with yours: reload theirs, or keep your edits on top of theirs '
            'and save again.');
    END IF;
    members := ARRAY(SELECT x.id FROM public.variants x
                       WHERE x.tenant_id = c.tenant_id AND x.product_id = prod.id ORDER BY x.id);
    PERFORM 1 FROM public.variants x WHERE x.tenant_id = c.tenant_id AND x.id = ANY (members)
      ORDER BY x.id FOR UPDATE;
    PERFORM catalog.record_versions(c.tenant_id, members, NULL, session_user);
    changed := catalog.write_product(c.tenant_id, prod.id, false, p_changes);
    written := ARRAY(SELECT r.variant_id
                       FROM catalog.record_versions(c.tenant_id, members, NULL, session_user) r
                      ORDER BY r.variant_id);
    IF changed THEN
        PERFORM catalog.announce_product(c.tenant_id, prod.id);
    END IF;
    PERFORM catalog.announce_variants(c.tenant_id, written);
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        jsonb_build_object('product_id', prod.id, 'changed', changed,
                           'product_version', (SELECT p.version FROM public.products p
                                                WHERE p.tenant_id = c.tenant_id AND p.id = prod.id),
                           'variants_versioned', cardinality(written)));
END
$$;

-- Archives a variant (p_status 'archived': it stays in the catalog and its history, can no longer
-- be reserved or ordered, and can be reactivated — the way out for an item that has stock or
-- history) or reactivates it ('active'): the command p_command of api.archive_variant and
-- api.reactivate_variant.
CREATE FUNCTION catalog.status_command(p_command text, p_request_id uuid, p_variant_id uuid,
                                       p_expected_version integer, p_status text)
    RETURNS jsonb
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
BEGIN
    PERFORM catalog.require_editor(c);
    prior := auth.begin_command(c.tenant_id, p_command, p_request_id,
        jsonb_build_object('variant_id', p_variant_id, 'expected_version', p_expected_version));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        catalog.change_variant(c, p_variant_id, p_expected_version, '{}', p_status));
END
$$;

CREATE FUNCTION api.archive_variant(p_request_id uuid, p_variant_id uuid, p_expected_version integer)
    RETURNS jsonb
    LANGUAGE sql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT catalog.status_command('archive_variant', p_request_id, p_variant_id,
                                  p_expected_version, 'archived')
$$;

CREATE FUNCTION api.reactivate_variant(p_request_id uuid, p_variant_id uuid,
                                       p_expected_version integer)
    RETURNS jsonb
    LANGUAGE sql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT catalog.status_command('reactivate_variant', p_request_id, p_variant_id,
                                  p_expected_version, 'active')
$$;

-- Deletes a variant that never held stock: refused (variant_in_use) while it has open
-- reservations or reserved stock, stock on hand, any movement in the ledger (which never loses history),
-- or dark-store orders; archive it instead. Its prices, barcodes, units, versions and source
-- mappings go with it, and its product too when it was the last variant.
CREATE FUNCTION api.delete_variant(p_request_id uuid, p_variant_id uuid, p_expected_version integer)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    v public.variants;
    why text;
    product_gone boolean := false;
    archive constant text := 'Archive it instead: an archived item keeps its history, can no longer '
                             'be ordered, and can be reactivated.';
BEGIN
    PERFORM catalog.require_editor(c);
    prior := auth.begin_command(c.tenant_id, 'delete_variant', p_request_id,
        jsonb_build_object('variant_id', p_variant_id, 'expected_version', p_expected_version));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    v := catalog.lock_variant(c.tenant_id, p_variant_id);
    PERFORM catalog.require_version(c.tenant_id, v, p_expected_version);
    -- Positions are locked as the stock commands lock them, so none changes under the checks.
    PERFORM 1 FROM public.stock_positions sp
     WHERE sp.tenant_id = c.tenant_id AND sp.variant_id = v.id
     ORDER BY sp.location_id FOR NO KEY UPDATE;

    SELECT string_agg(DISTINCT r.order_id::text, ', ' ORDER BY r.order_id::text) INTO why
      FROM public.stock_reservations r
     WHERE r.tenant_id = c.tenant_id AND r.variant_id = v.id AND r.status = 'active';
    IF why IS NOT NULL OR EXISTS (SELECT 1 FROM public.stock_positions sp
                                   WHERE sp.tenant_id = c.tenant_id AND sp.variant_id = v.id
                                     AND sp.quantity_reserved > 0) THEN
        PERFORM catalog.fail(NULL, 'variant_in_use',
            format('%s cannot be deleted: it is reserved for open orders (%s).', v.sku,
                   coalesce(why, 'reserved stock')), archive);
    END IF;
    SELECT string_agg(format('%s %s at %s', trim_scale(sp.quantity_on_hand), v.stock_uom, l.code),
                      ', ' ORDER BY l.code) INTO why
      FROM public.stock_positions sp
      JOIN public.locations l ON l.tenant_id = sp.tenant_id AND l.id = sp.location_id
     WHERE sp.tenant_id = c.tenant_id AND sp.variant_id = v.id AND sp.quantity_on_hand <> 0;
    IF why IS NOT NULL THEN
        PERFORM catalog.fail(NULL, 'variant_in_use',
            format('%s cannot be deleted: it has stock on hand (%s).', v.sku, why), archive);
    END IF;
    why := (SELECT count(*) FROM public.stock_movements m
             WHERE m.tenant_id = c.tenant_id AND m.variant_id = v.id)::text;
    IF why <> '0' THEN
        PERFORM catalog.fail(NULL, 'variant_in_use',
            format('%s cannot be deleted: the stock ledger has %s %s of it, and the ledger never '
                   'loses history.', v.sku, why, CASE WHEN why = '1' THEN 'movement' ELSE 'movements' END),
            archive);
    END IF;
    why := (SELECT count(DISTINCT i.order_id) FROM public.dark_store_order_items i
             WHERE i.tenant_id = c.tenant_id AND i.variant_id = v.id)::text;
    IF why <> '0' THEN
        PERFORM catalog.fail(NULL, 'variant_in_use',
            format('%s cannot be deleted: it is on %s dark-store %s.', v.sku, why,
                   CASE WHEN why = '1' THEN 'order' ELSE 'orders' END), archive);
    END IF;

    DELETE FROM public.source_entities se
     WHERE se.tenant_id = c.tenant_id AND se.canonical_type = 'variant' AND se.canonical_id = v.id;
    BEGIN
        DELETE FROM public.variants x WHERE x.tenant_id = c.tenant_id AND x.id = v.id;
    EXCEPTION WHEN foreign_key_violation THEN
        PERFORM catalog.fail(NULL, 'variant_in_use',
            format('%s cannot be deleted: other records still refer to it (%s).', v.sku, SQLERRM),
            archive);
    END;
    IF NOT EXISTS (SELECT 1 FROM public.variants x
                    WHERE x.tenant_id = c.tenant_id AND x.product_id = v.product_id) THEN
        DELETE FROM public.source_entities se
         WHERE se.tenant_id = c.tenant_id AND se.canonical_type = 'product'
           AND se.canonical_id = v.product_id;
        DELETE FROM public.products p WHERE p.tenant_id = c.tenant_id AND p.id = v.product_id;
        product_gone := true;
    END IF;
    INSERT INTO public.outbox (tenant_id, event_type, product_id, variant_id, data, actor)
    VALUES (c.tenant_id, 'catalog.variant.deleted', v.product_id, v.id,
            jsonb_build_object('variant_id', v.id, 'product_id', v.product_id, 'sku', v.sku,
                               'name', v.name, 'version_no', v.version,
                               'product_deleted', product_gone),
            session_user);
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        jsonb_build_object('variant_id', v.id, 'product_id', v.product_id, 'sku', v.sku,
                           'deleted', true, 'product_deleted', product_gone));
END
$$;

-- Makes version p_version_no of a variant current again, as a new version: its variant fields,
-- barcodes, units and its product's fields (its status stays: archiving is its own action).
CREATE FUNCTION api.restore_variant_version(p_request_id uuid, p_variant_id uuid,
                                            p_version_no integer, p_expected_version integer)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    v public.variants;
    doc jsonb;
    lead text;
BEGIN
    PERFORM catalog.require_editor(c);
    prior := auth.begin_command(c.tenant_id, 'restore_variant_version', p_request_id,
        jsonb_build_object('variant_id', p_variant_id, 'version_no', p_version_no,
                           'expected_version', p_expected_version));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    v := catalog.lock_variant(c.tenant_id, p_variant_id);
    PERFORM catalog.require_version(c.tenant_id, v, p_expected_version);
    SELECT x.payload INTO doc FROM public.catalog_item_versions x
     WHERE x.tenant_id = c.tenant_id AND x.variant_id = v.id AND x.version_no = p_version_no;
    IF NOT FOUND THEN
        PERFORM catalog.fail(NULL, 'not_found',
            format('%s has no version %s.', v.sku, coalesce(p_version_no::text, '(none given)')),
            'Pick a version from its history.');
    END IF;
    lead := format('Version %s cannot be restored: its', p_version_no);
    PERFORM catalog.require_barcodes_free(c.tenant_id, v.id,
        ARRAY(SELECT b.element ->> 'barcode' FROM jsonb_array_elements(doc -> 'barcodes') AS b(element)),
        lead || ' barcode');
    PERFORM catalog.require_sku_free(c.tenant_id, v.id, doc ->> 'sku', lead || ' SKU');
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        catalog.change_variant(c, v.id, p_expected_version,
            jsonb_build_object('sku', doc -> 'sku', 'name', doc -> 'name',
                               'pack_size', doc -> 'pack_size', 'pack_uom', doc -> 'pack_uom',
                               'stock_uom', doc -> 'stock_uom', 'uoms', doc -> 'uoms',
                               'barcodes', doc -> 'barcodes', 'attributes', doc -> 'attributes',
                               'is_essential', doc -> 'is_essential', 'product', doc -> 'product'),
            NULL)
        || jsonb_build_object('restored_from', p_version_no));
END
$$;

-- ── Reads for the editor and the history ───────────────────────────────────────────────────
-- The newest version row of a variant as the desktop shows it: who, when, from which source.
CREATE FUNCTION catalog.version_json(p_tenant_id uuid, x public.catalog_item_versions) RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_build_object('version_no', x.version_no, 'changed_by', x.changed_by,
                              'who', catalog.who(p_tenant_id, x.changed_by),
                              'changed_at', x.created_at,
                              'changed_at_text', catalog.when_text(p_tenant_id, x.created_at),
                              'source', (SELECT s.name FROM public.source_systems s
                                          WHERE s.tenant_id = p_tenant_id
                                            AND s.id = x.source_system_id),
                              'document', x.payload)
$$;

-- The category paths (id → path) of the categories some documents name.
CREATE FUNCTION catalog.category_paths(p_tenant_id uuid, p_documents jsonb[]) RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(jsonb_object_agg(c.id, c.path), '{}')
      FROM public.categories c
     WHERE c.tenant_id = p_tenant_id
       AND c.id IN (SELECT (d #>> '{product,category_id}')::uuid FROM unnest(p_documents) AS d
                     WHERE d #>> '{product,category_id}' IS NOT NULL)
$$;

-- What the editor opens: the variant's canonical document as it is now, its token, its
-- product's token, who changed it last and when, and the path of its category.
CREATE FUNCTION api.variant_document(p_variant_id uuid) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    d record;
    newest public.catalog_item_versions;
BEGIN
    SELECT x.document, v.version, v.product_id, p.version AS product_version INTO d
      FROM catalog.variant_documents(c.tenant_id, ARRAY[p_variant_id]) x
      JOIN public.variants v ON v.tenant_id = c.tenant_id AND v.id = x.variant_id
      JOIN public.products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id;
    IF NOT FOUND THEN
        PERFORM catalog.fail(NULL, 'unknown_variant',
            format('There is no variant %s in this catalog.', coalesce(p_variant_id::text, '(none given)')),
            'It may have been deleted meanwhile: reload the catalog.');
    END IF;
    SELECT * INTO newest FROM public.catalog_item_versions x
     WHERE x.tenant_id = c.tenant_id AND x.variant_id = p_variant_id
     ORDER BY x.version_no DESC LIMIT 1;
    RETURN jsonb_build_object('variant_id', p_variant_id, 'product_id', d.product_id,
                              'version', d.version, 'product_version', d.product_version,
                              'document', d.document,
                              'categories', catalog.category_paths(c.tenant_id, ARRAY[d.document]),
                              'newest', CASE WHEN newest.version_no IS NOT NULL
                                             THEN catalog.version_json(c.tenant_id, newest) - 'document' END);
END
$$;

-- The history of a variant, newest first (up to p_limit versions): each version's number, who
-- saved it (staff name, or the login), when, from which source system, and its document; with
-- the paths of the categories the documents name.
CREATE FUNCTION api.variant_history(p_variant_id uuid, p_limit integer DEFAULT 200) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    v public.variants;
    found_versions jsonb[];
BEGIN
    SELECT * INTO v FROM public.variants x WHERE x.tenant_id = c.tenant_id AND x.id = p_variant_id;
    IF NOT FOUND THEN
        PERFORM catalog.fail(NULL, 'unknown_variant',
            format('There is no variant %s in this catalog.', coalesce(p_variant_id::text, '(none given)')),
            'It may have been deleted meanwhile: reload the catalog.');
    END IF;
    found_versions := ARRAY(SELECT catalog.version_json(c.tenant_id, x) FROM public.catalog_item_versions x
                   WHERE x.tenant_id = c.tenant_id AND x.variant_id = v.id
                   ORDER BY x.version_no DESC
                   LIMIT greatest(coalesce(p_limit, 200), 1));
    RETURN jsonb_build_object('variant_id', v.id, 'sku', v.sku, 'version', v.version,
                              'versions', to_jsonb(found_versions),
                              'categories', catalog.category_paths(c.tenant_id,
                                  ARRAY(SELECT r -> 'document' FROM unnest(found_versions) AS r)));
END
$$;

-- ── Privileges ─────────────────────────────────────────────────────────────────────────────
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA catalog FROM PUBLIC;
DO $grants$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN
        SELECT p.oid::regprocedure FROM pg_proc p
         WHERE p.pronamespace = 'api'::regnamespace
           AND p.proname IN ('create_category', 'rename_category', 'move_category',
                             'reorder_categories', 'set_category_active', 'create_product',
                             'create_variant', 'update_variant', 'update_product',
                             'archive_variant', 'reactivate_variant', 'delete_variant',
                             'restore_variant_version', 'variant_document', 'variant_history')
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO stockroom_admin, stockroom_store_manager, '
                       'stockroom_floor_supervisor', f);
    END LOOP;
END
$grants$;
