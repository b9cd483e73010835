import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { PageLoading } from '../../components/page-loading.js';

/**
 * The questionnaire itself is the server's script-free page at /s/:token (fits a phone, one
 * answer per device); an address under /survey/ is sent there.
 */
export function SurveyPage() {
  const { token = '' } = useParams();
  useEffect(() => {
    window.location.replace(`/s/${encodeURIComponent(token)}`);
  }, [token]);
  return <PageLoading />;
}
