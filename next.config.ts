import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite loads its WASM from a file URL and argon2 is a native addon: both must stay
  // outside the bundle (PLATFORM.md: "path argument … Received an instance of URL").
  serverExternalPackages: ['@electric-sql/pglite', 'argon2', 'postgres'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
