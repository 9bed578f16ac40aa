// The benches measure the server as it runs in production, where the Dockerfile sets NODE_ENV=production.
// Libraries read it: graphql-js's instanceOf checks every failed type test for a class from another
// realm unless NODE_ENV is production (10 % of the CPU of a 28 KB answer through bare Apollo in stop 27's
// profile), and Apollo and Express read it too. The server's own configuration does not change: the
// benches pass theirs explicitly (loadConfig({ NODE_ENV: "test" })). Imported first, before anything
// loads graphql.
process.env.NODE_ENV ??= "production";
