import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';

export interface TestAccount {
  email: string;
  password: string;
  displayName: string;
}

export function newAccount(displayName = 'Ada Lovelace'): TestAccount {
  return {
    email: `ada-${randomUUID().slice(0, 8)}@example.com`,
    password: 'correct horse battery',
    displayName,
  };
}

/** Signs up through the UI and waits for the settings shell. */
export async function signUp(page: Page, account: TestAccount): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Display name').fill(account.displayName);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Owned OAuth Applications' }).waitFor();
}

export async function signIn(page: Page, account: TestAccount): Promise<void> {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
