/**
 * The blueprint of a vendor: copy this package, rename {@code Blueprint} to the vendor, and replace the example API
 * ({@code GET /v1/chargers}, {@code GET /v1/chargers/{id}}, {@code POST /v1/chargers/{id}/start|stop}) with the
 * vendor's documented one. One package holds everything: the account ({@link io.evpair.adapters.blueprint.BlueprintCloud}:
 * linking and discovery), one adapter per kind of device ({@link io.evpair.adapters.blueprint.BlueprintCharger}:
 * polls, and exactly the commands of the capability interfaces it implements), the validated settings
 * ({@link io.evpair.adapters.blueprint.BlueprintProperties}) and the registry entry
 * ({@link io.evpair.adapters.blueprint.BlueprintVendor}). Its test extends the contract kit. Off unless
 * {@code evpair.vendors.blueprint.client-id} is set. Step by step: docs/vendors.md, "Adding a vendor".
 */
package io.evpair.adapters.blueprint;
