-- api.set_stock_levels: the reorder point and maximum of a stock position — what later decides
-- "low stock". The first location-scoped command, and the pattern every later one follows:
-- resolve the caller, check scope, claim the request id, lock, apply, record the event, finish.
SET LOCAL ROLE stockroom_owner;

CREATE FUNCTION api.set_stock_levels(p_request_id uuid, p_variant_id uuid, p_location_id uuid,
                                     p_reorder_point numeric, p_max_stock numeric DEFAULT NULL)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c auth.caller := auth.require_caller();
    prior jsonb;
    pos public.stock_positions;
    result jsonb;
BEGIN
    PERFORM auth.require_in_scope(c, 'location', p_location_id);
    prior := auth.begin_command(c.tenant_id, 'set_stock_levels', p_request_id,
                                jsonb_build_object('variant_id', p_variant_id,
                                                   'location_id', p_location_id,
                                                   'reorder_point', p_reorder_point,
                                                   'max_stock', p_max_stock));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    IF p_variant_id IS NULL OR NOT EXISTS (SELECT 1 FROM public.variants
                                            WHERE tenant_id = c.tenant_id AND id = p_variant_id) THEN
        PERFORM auth.fail('unknown_variant',
            format('There is no variant %s in your catalog.', p_variant_id));
    END IF;
    IF p_reorder_point IS NULL OR p_reorder_point < 0 THEN
        PERFORM auth.fail('invalid_quantity',
            format('The reorder point must be zero or more, not %s.', coalesce(p_reorder_point::text, 'empty')));
    END IF;
    IF p_max_stock IS NOT NULL AND p_max_stock < greatest(p_reorder_point, 0.0001) THEN
        PERFORM auth.fail('invalid_quantity',
            format('The maximum stock (%s) must be above zero and at least the reorder point (%s).',
                   p_max_stock, p_reorder_point),
            'Leave the maximum empty for no maximum.');
    END IF;

    -- A position appears the first time anyone sets levels or moves stock at a location.
    INSERT INTO public.stock_positions (tenant_id, variant_id, location_id, allow_negative_stock)
    SELECT c.tenant_id, p_variant_id, p_location_id, l.allow_negative_stock
      FROM public.locations l WHERE l.tenant_id = c.tenant_id AND l.id = p_location_id
    ON CONFLICT (tenant_id, variant_id, location_id) DO NOTHING;

    UPDATE public.stock_positions
       SET reorder_point = p_reorder_point, max_stock = p_max_stock, version = version + 1,
           last_modified_at = now(), updated_at = now()
     WHERE tenant_id = c.tenant_id AND variant_id = p_variant_id AND location_id = p_location_id
    RETURNING * INTO pos;

    result := jsonb_build_object(
        'position_id', pos.id, 'variant_id', pos.variant_id, 'location_id', pos.location_id,
        'on_hand', pos.quantity_on_hand, 'reserved', pos.quantity_reserved,
        'available', pos.quantity_available, 'in_transit', pos.quantity_in_transit,
        'reorder_point', pos.reorder_point, 'max_stock', pos.max_stock, 'version', pos.version);
    INSERT INTO public.outbox (tenant_id, event_type, product_id, variant_id, location_id, data, actor)
    SELECT c.tenant_id, 'inventory.stock.levels_changed', v.product_id, pos.variant_id,
           pos.location_id, result, session_user
      FROM public.variants v WHERE v.tenant_id = c.tenant_id AND v.id = pos.variant_id;
    RETURN auth.finish_command(c.tenant_id, p_request_id, result);
END
$$;
REVOKE EXECUTE ON FUNCTION api.set_stock_levels(uuid, uuid, uuid, numeric, numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.set_stock_levels(uuid, uuid, uuid, numeric, numeric)
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;
