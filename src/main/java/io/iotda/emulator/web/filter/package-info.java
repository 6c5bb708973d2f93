/**
 * The servlet filters every request passes, in the order {@link FilterOrder} names, and
 * the request body limit other modules' filters wrap.
 */
@NamedInterface("filter")
package io.iotda.emulator.web.filter;

import org.springframework.modulith.NamedInterface;
