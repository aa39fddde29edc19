/**
 * The vendor reference's response examples (b2core-auth-reference.txt), verbatim, as fixtures
 * for the client's tests.
 */

const longJwt =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIiwiaWF0IjoxNjU2MDY3MTU0LCJleHAiOjE2NTYxMDMxNTQsImlzcyI6Imh0dHBzOlwvXC9hcC52ZW5kb3IuY29tIn0.u6HuS_oQ4udk2EEUa-7XutJ0CAKIZty1OcFaqTckLRGYEr3xcWXZEHCfrhDl31N6_t0XP6_m-ESue_NoWx_f1sGMv6XMT0pPg1NQ1XJ1JJ4slaeEWjSuGIl8_Jbj-20zZOvwzUZbed7UQg0jUM11OUt0l1jVVSF19vKJJpVGFDYMIOHkS7tlFeKiypReYRd2af-Pf_au1v6vG3V42SFpZER3eKqALZkoT617B35enJdtUqmyrRgb_rCIOCwAHQdUcOuosyBUk9U-Cz3WEoHx5nqtvFVAeXKqlbn0Cbqk4joFt1FY8nUqlyVZNI9E3-dbjFPzod8Vej6rkAVd312M3w';

export const wizardExample = {
  code: 200,
  data: {
    recaptcha: {
      enabled: false,
    },
    is_qr_available: true,
    is_password_recovery_available: true,
  },
  done: false,
  uuid: '36f59381-5b54-48bd-a0c7-3b908c476732',
  workflow: 'login',
};

export const signedInExample = {
  code: 202,
  data: {
    accessToken: {
      token: longJwt,
      createdAt: '2022-01-01T00:00:00+00:00',
      expiresAt: '2022-01-01T00:00:00+00:00',
    },
    refreshToken: {
      token: longJwt,
      createdAt: '2022-01-01T00:00:00+00:00',
      expiresAt: '2022-01-01T00:00:00+00:00',
    },
    tfaProviders: [
      {
        name: 'sms',
        localizedCaption: 'SMS',
        enabled: false,
      },
      {
        name: 'google',
        localizedCaption: 'Google Authenticator',
        enabled: false,
      },
    ],
  },
  done: true,
  uuid: '36f59381-5b54-48bd-a0c7-3b908c476732',
  workflow: 'login',
};

export const twoFactorExample = {
  code: 200,
  data: {
    accessToken: {},
    refreshToken: {},
    tfaProviders: [
      {
        name: 'sms',
        localizedCaption: 'SMS',
        enabled: true,
      },
      {
        name: 'google',
        localizedCaption: 'Google Authenticator',
        enabled: true,
      },
    ],
  },
  done: false,
  uuid: '36f59381-5b54-48bd-a0c7-3b908c476732',
  workflow: '2fa',
};

export const refreshExample = {
  accessToken: {
    token:
      'wyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIiwiaWF0IjoxNjU2MDY3MTU0LCJleHAiOjE2NTYxMDMxNTQsImlzcyI6Imh0dHBzOlwvXC9hcC52ZW5kb3IuY29tIn0.u6HuS_oQ4udk2EEUa-7XutJ0CAKIZty1OcFaqTckLRGYEr3xcWXZEHCfrhDl31N6_t0XP6_m-ESue_NoWx_f1sGMv6XMT0pPg1NQ1XJ1JJ4slaeEWjSuGIl8_Jbj-20zZOvwzUZbed7UQg0jUM11OUt0l1jVVSF19vKJJpVGFDYMIOHkS7tlFeKiypReYRd2af-Pf_au1v6vG3V42SFpZER3eKqALZkoT617B35enJdtUqmyrRgb_rCIOCwAHQdUcOuosyBUk9U-Cz3WEoHx5nqtvFVAeXKqlbn0Cbqk4joFt1FY8nUqlyVZNI9E3-dbjFPzod8Vej6rkAVd312M3w',
    createdAt: '2022-01-01T00:00:00+00:00',
    expiresAt: '2022-01-01T00:00:00+00:00',
  },
  refreshToken: {
    token: longJwt,
    createdAt: '2022-01-01T00:00:00+00:00',
    expiresAt: '2022-01-01T00:00:00+00:00',
  },
};

export const restoreExample = {
  code: 200,
  data: null,
  done: false,
  uuid: '36f59381-5b54-48bd-a0c7-3b908c476732',
  workflow: 'reset_password',
};

export const resetExample = {
  code: 202,
  data: {
    client: {
      id: 1,
      email: 'jdoe@example.com',
      settings: {},
    },
  },
  done: true,
  uuid: '36f59381-5b54-48bd-a0c7-3b908c476732',
  workflow: 'login',
};

export const qrChannelExample = {
  id: '0a4682f9-7e6c-49a7-b946-db58f28d8171',
  lifetimeMinutes: 2,
  ip: '127.0.0.1',
  location: null,
};

export const qrExchangeExample = {
  clientId: 1,
  tokens: {
    accessToken: {
      token: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIiwiaWF0IjoxNjU2MDY3MTU0LCJl',
      createdAt: '2023-01-01T00:00:00+00:00',
      expiresAt: '2023-01-01T00:00:00+00:00',
    },
    refreshToken: {
      token: 'eHAiOjE2NTYxMDMxNTQsImlzcyI6Imh0dHBzOlwvXC9hcC52ZW5kb3IuY29tIn0.u6HuS_oQ4udk2',
      createdAt: '2023-01-01T00:00:00+00:00',
      expiresAt: '2023-01-01T00:00:00+00:00',
    },
  },
};

/** Our decisions (CONTRACT.md), not in the reference. */
export const qrStatusAuthorizedExample = {
  id: '0a4682f9-7e6c-49a7-b946-db58f28d8171',
  status: 'authorized',
  authorizationToken: '$2y$10$qZqqwQqqEX7X6nsPLfPkte2pB6gSHazY1v2CLutwBGWCeF4J6ZG06',
};

export const errorEnvelopeExample = {
  error: { code: 1004, message: 'Validation failed', details: [{ issue: 'must be an email', field: 'email' }] },
};
