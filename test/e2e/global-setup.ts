/** Starts one sandbox for the whole e2e run and hands its description to the test files. */
import type { TestProject } from 'vitest/node';
import { type SandboxInfo, startSandbox } from '../sandbox/server';

declare module 'vitest' {
  export interface ProvidedContext {
    sandbox: SandboxInfo;
  }
}

export default async function setup(project: TestProject) {
  const sandbox = await startSandbox({ seed: 7, customers: 300 });
  project.provide('sandbox', sandbox.info);
  return () => sandbox.close();
}
