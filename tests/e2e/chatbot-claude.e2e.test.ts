import { chatbotSiteSuite } from './chatbot-suite';

chatbotSiteSuite('claude');
