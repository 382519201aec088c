/**
 * The extension's fixed identity outside the stores.
 *
 * Chrome derives an unpacked extension's id from the manifest `key` (a public key; the private key
 * is not needed and not kept). A fixed id lets enterprise policies, tests and the demo address the
 * extension: chrome-extension://amghkfjmppbfljlabkpaadkhdhdndeog/.
 */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAywoFnfYTjV1da0MQDHR8CXUDCRZ4Po4C2rqekPMt2MojJqTPjqTFFWPI83VPlE9j/aLOH7ihjzsx+cORZD1alX4Kzp2oU3ma3hazPAf7w8+mCpbtOjL8v6ykR/Z+q5yAtZtZBLT/7vWlwekA3h6O2TPEPOyiO0w6iko+2dz8IyBPPJT2sLyvDgSSMVQamH/ltGLaXc5HKWg8d63a7dU5680sCRn8sTqLmN9DU4qAmbcHmmXjSE9H2cKvhygpIM+MYo80rVZfsPbfdFW/1uevdoEOOeEoUwV1c2qKj7LCEG0MlJFi7f3xgy+3bdG5+AQStTSx2Q/3CjhaMvjjj1Lp3QIDAQAB';

/** The id Chrome derives from EXTENSION_PUBLIC_KEY (checked by a unit test). */
export const CHROME_EXTENSION_ID = 'amghkfjmppbfljlabkpaadkhdhdndeog';

/** Firefox add-on id (browser_specific_settings.gecko.id). */
export const GECKO_ID = 'repere-ia-sante@repere-ia-sante.fr';
