/**
 * The analyses run scale by scale at the θ estimates of each scale's own items, as the person-fit and
 * local-dependence statistics are. Not exported.
 */
package io.github.cact.internal.scales;
