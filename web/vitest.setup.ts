// Runs before every test file. The suite shares one module graph (isolate: false in vite.config.mts),
// so state that @vue/test-utils keeps at module level outlives a file: each file that calls
// enableAutoUnmount(afterEach) would find it already enabled by the file before and throw.
import { disableAutoUnmount } from "@vue/test-utils";
import { afterEach } from "vitest";
import { unmountLeftovers } from "./src/test/mountApp";

disableAutoUnmount();

// Every test starts from an empty page, whatever the test before it left mounted or teleported.
afterEach(unmountLeftovers);
