/**
 * IoTDA's error envelope and error catalog, offered to every module that answers HTTP:
 * the exceptions to throw, the catalog of IOTDA codes, and the writer of the envelope.
 */
@NamedInterface("error")
package io.iotda.emulator.web.error;

import org.springframework.modulith.NamedInterface;
