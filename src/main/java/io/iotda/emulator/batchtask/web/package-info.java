/**
 * The batch-task API on the wire: the controller and the request and response records of
 * IoTDA's batch-task operations, which the control plane's fixtures build too.
 */
@NamedInterface("web")
package io.iotda.emulator.batchtask.web;

import org.springframework.modulith.NamedInterface;
