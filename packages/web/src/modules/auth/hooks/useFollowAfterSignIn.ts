import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { loadPage } from '../../../lib/load-page';
import { destinationAfterSignIn, isSpaPath } from '../return-to';

/** Goes where `return_to` asked (when it is safe), loading server pages such as the authorize link. */
export function useFollowAfterSignIn() {
  const navigate = useNavigate();
  return useCallback(
    (returnTo: string | null) => {
      const destination = destinationAfterSignIn(returnTo);
      if (isSpaPath(destination)) void navigate(destination, { replace: true });
      else loadPage(destination);
    },
    [navigate],
  );
}
